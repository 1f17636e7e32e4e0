namespace WireDesk.Formats.Syndication.Rss;

/// <summary>An RSS 2.0 <c>enclosure</c>: url, length in bytes, MIME type, all as written.</summary>
internal sealed record RssEnclosure(string Url, string? Length, string? Type);
