namespace WireDesk.Core.Stories;

/// <summary>The bytes exactly as an agency delivered them, kept unchanged for the record and for replay.</summary>
public sealed record RawDelivery(
    string Source,
    byte[] Bytes,
    string? ContentType,
    string Sha256,
    DateTimeOffset ReceivedAt,
    string Transport,
    string? Name);
