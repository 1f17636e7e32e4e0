namespace WireDesk.Core.Desk;

/// <summary>A delivery kept but not processed: quarantined with the reason it failed.</summary>
public sealed record FailedDelivery(
    long Id,
    string Source,
    string Transport,
    string? Name,
    DateTimeOffset ReceivedAt,
    string? Error,
    int Attempts);
