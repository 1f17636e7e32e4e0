namespace WireDesk.Core.Push;

/// <summary>What became of a push; the web endpoint maps each to its HTTP status.</summary>
public enum PushStatus
{
    /// <summary>202: committed to the inbox (or the same idempotent delivery as before).</summary>
    Accepted,
    /// <summary>404.</summary>
    UnknownSource,
    /// <summary>403: the source does not take pushes, or is paused.</summary>
    Forbidden,
    /// <summary>401: credentials missing, wrong, or a timestamp outside the replay window.</summary>
    Unauthorized,
    /// <summary>413.</summary>
    TooLarge,
    /// <summary>415: no format WireDesk reads.</summary>
    Unsupported,
}
