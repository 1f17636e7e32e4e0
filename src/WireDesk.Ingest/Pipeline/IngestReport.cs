using WireDesk.Formats;

namespace WireDesk.Ingest.Pipeline;

/// <summary>What ingesting one delivery did: its stored id, its format, each story's outcome and each error.</summary>
public sealed record IngestReport(long DeliveryId, string Name, string? Format, IReadOnlyList<ItemResult> Items, IReadOnlyList<ParseError> Errors)
{
    /// <summary>Nothing could be read: the delivery is quarantined with these errors.</summary>
    public bool Failed => Items.Count == 0 && Errors.Count > 0;

    /// <summary>The delivery repeated one already done or failed (same idempotency key): nothing was processed.</summary>
    public bool Repeated { get; init; }
}
