namespace WireDesk.Core.WebSub;

/// <summary>
/// A hub's verification of intent (WebSub §5.3): a GET on our callback with hub.mode, hub.topic, hub.challenge and
/// hub.lease_seconds, or hub.mode=denied with hub.reason. The subscription id is the last segment of the callback URL.
/// </summary>
public sealed record WebSubVerification(
    string SubscriptionId,
    string? Mode,
    string? Topic,
    string? Challenge,
    string? LeaseSeconds,
    string? Reason);
