namespace WireDesk.Core.Desk;

/// <summary>What the deliveries table says about one source: how much came, when, and the last failure.</summary>
public sealed record SourceReceipts(
    string Source,
    long Deliveries,
    long DeliveriesSince,
    DateTimeOffset? LastReceivedAt,
    long Failed,
    string? LastError,
    DateTimeOffset? LastErrorAt);
