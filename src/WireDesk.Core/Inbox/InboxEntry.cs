namespace WireDesk.Core.Inbox;

/// <summary>A delivery's place in the inbox, without its bytes.</summary>
public sealed record InboxEntry(
    long Id,
    string Source,
    string Transport,
    string? Name,
    DateTimeOffset ReceivedAt,
    InboxStatus Status,
    string? Error,
    int Attempts,
    DateTimeOffset? ProcessedAt,
    string? IdempotencyKey);
