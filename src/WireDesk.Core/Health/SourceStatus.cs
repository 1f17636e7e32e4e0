namespace WireDesk.Core.Health;

/// <summary>One source's stored status: transport results, the last delivery, lags, and stories in the window asked.</summary>
public sealed record SourceStatus
{
    public required string Source { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }
    /// <summary>When a delivery of this source last went live.</summary>
    public DateTimeOffset? LastDeliveryAt { get; init; }
    public TimeSpan? ReceiptLag { get; init; }
    public TimeSpan? AgencyLag { get; init; }
    public long ItemsInWindow { get; init; }
    public PollState Poll { get; init; } = new(null, null, null);
}
