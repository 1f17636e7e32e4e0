namespace WireDesk.Core.Health;

/// <summary>A source's WebSub subscription as editors need to see it: which hub, whether it is live, until when.</summary>
public sealed record WebSubHealth
{
    public required string Hub { get; init; }
    public required string Topic { get; init; }
    /// <summary>requested (awaiting the hub's verification), active, denied, or unsubscribing.</summary>
    public required string Status { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    /// <summary>When the lease the hub granted ends; renewal is sent before then.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>When the next request (first, retry or renewal) goes to the hub.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
}
