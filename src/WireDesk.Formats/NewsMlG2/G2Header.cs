namespace WireDesk.Formats.NewsMlG2;

/// <summary>newsMessage/header: transmission metadata for the whole message.</summary>
public sealed record G2Header(string? Sent, string? Priority, string? Sender, string? TransmitId);
