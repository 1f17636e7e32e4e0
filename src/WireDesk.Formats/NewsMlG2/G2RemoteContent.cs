namespace WireDesk.Formats.NewsMlG2;

/// <summary>remoteContent: a rendition held elsewhere.</summary>
public sealed record G2RemoteContent(string? ContentType, string? Href, string? Residref, long? Size, string? Rendition) : G2Content(ContentType);
