namespace WireDesk.Ingest.WebSub;

/// <summary>
/// One subscription to a hub for a source's feed. <see cref="Id"/> is the unguessable last segment of our callback
/// URL; <see cref="Secret"/> is the hub.secret the hub signs deliveries with.
/// </summary>
public sealed record WebSubSubscription
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required Uri Hub { get; init; }
    public required Uri Topic { get; init; }
    public required string Secret { get; init; }
    public bool AllowPrivateNetwork { get; init; }
    public WebSubStatus Status { get; init; } = WebSubStatus.Requested;
    /// <summary>When the last subscribe or unsubscribe request went to the hub; null until one has.</summary>
    public DateTimeOffset? RequestedAt { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    /// <summary>The lease the hub granted at verification.</summary>
    public int? LeaseSeconds { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>When the next request (first, retry or renewal) is due.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
}
