namespace WireDesk.Formats.Syndication.Rss;

/// <summary>An RSS <c>category</c> (with its <c>domain</c>) or a <c>dc:subject</c>.</summary>
internal sealed record RssCategory(string Term, string? Domain);
