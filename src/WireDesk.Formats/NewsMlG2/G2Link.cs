namespace WireDesk.Formats.NewsMlG2;

/// <summary>itemMeta/link: a link to another resource or item (previous version, see also ...).</summary>
public sealed record G2Link(string? Rel, string? Href, string? Residref, string? Version);
