namespace WireDesk.Core.WebSub;

/// <summary>A hub's content distribution (WebSub §7): a POST of the topic's new content to our callback, signed with our secret.</summary>
/// <param name="Signature">The X-Hub-Signature header: <c>method=hex</c>, method one of sha1, sha256, sha384, sha512.</param>
public sealed record WebSubContent(
    string SubscriptionId,
    byte[] Body,
    string? ContentType,
    string? Signature,
    string? RemoteAddress);
