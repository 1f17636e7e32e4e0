using WireDesk.Core.Inbox;
using WireDesk.Formats;

namespace WireDesk.Ingest.Pipeline;

/// <summary>What ingesting one delivery did: its stored id, its format, each story's outcome and each error.</summary>
public sealed record IngestReport(long DeliveryId, string Name, string? Format, IReadOnlyList<ItemResult> Items, IReadOnlyList<ParseError> Errors)
{
    /// <summary>Nothing could be read: the delivery is quarantined with these errors.</summary>
    public bool Failed => Items.Count == 0 && Errors.Count > 0;

    /// <summary>The delivery repeated one already done or failed (same idempotency key): nothing was processed.</summary>
    public bool Repeated { get; init; }

    /// <summary>Where processing left the delivery: done, failed (quarantined) or still pending (to be retried).</summary>
    public InboxStatus Settled { get; init; } = InboxStatus.Pending;

    /// <summary>Why the delivery was quarantined, when it was.</summary>
    public string? QuarantineReason { get; init; }
}
