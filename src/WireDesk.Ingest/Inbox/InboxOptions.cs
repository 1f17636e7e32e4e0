namespace WireDesk.Ingest.Inbox;

/// <summary>How the inbox worker claims: batch size, lease, idle re-check, and when a failing delivery is given up.</summary>
public sealed record InboxOptions
{
    public int BatchSize { get; init; } = 64;
    /// <summary>A claim not completed within this (a crash) is taken again by any worker.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>How often an idle worker looks again without being signalled (expired leases, other processes' rows).</summary>
    public TimeSpan IdleCheck { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Claims after which a delivery whose processing keeps throwing is quarantined.</summary>
    public int MaxAttempts { get; init; } = 5;
    /// <summary>Who this process is in the lease column.</summary>
    public string Owner { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
