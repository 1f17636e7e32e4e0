namespace WireDesk.Core.Health;

/// <summary>
/// How a configured source is doing, as shown to editors: transport results, copy in the last 24 hours, lags, and
/// whether it has gone quiet (nothing live for longer than its idle time).
/// </summary>
public sealed record SourceHealth
{
    public required string Source { get; init; }
    public required string Transport { get; init; }
    /// <summary>ok, failing, quiet, paused, or waiting (nothing received yet).</summary>
    public required string Status { get; init; }
    public bool Paused { get; init; }
    public bool Quiet { get; init; }
    public int IdleMinutes { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }
    public long ItemsLast24Hours { get; init; }
    public DateTimeOffset? LastDeliveryAt { get; init; }
    /// <summary>Receipt to live, for the last delivery that went live.</summary>
    public double? ReceiptLagMs { get; init; }
    /// <summary>The agency's versionCreated to live, for the last delivery that went live.</summary>
    public double? AgencyLagMs { get; init; }
    /// <summary>The source's WebSub subscription, when its feed names a hub; null otherwise.</summary>
    public WebSubHealth? WebSub { get; init; }
}
