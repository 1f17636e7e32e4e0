namespace WireDesk.Formats;

/// <summary>Bytes as delivered, with what the transport said about them.</summary>
public sealed record SourceDocument(byte[] Bytes, string? ContentType, string Name);
