namespace WireDesk.Core.WebSub;

/// <summary>What became of a content distribution; the web endpoint maps each to its HTTP status.</summary>
public enum WebSubOutcome
{
    /// <summary>202: committed to the inbox.</summary>
    Accepted,
    /// <summary>
    /// 202 as well, but nothing was kept: the signature was missing or wrong. WebSub §8 lets a subscriber answer 2xx
    /// and ignore the message, which tells a forger nothing and stops an honest hub from retrying a body that will
    /// never verify.
    /// </summary>
    Discarded,
    /// <summary>404 (410 would ask the hub to forget us; 404 is what we answer any unknown callback).</summary>
    UnknownSubscription,
    /// <summary>413.</summary>
    TooLarge,
}
