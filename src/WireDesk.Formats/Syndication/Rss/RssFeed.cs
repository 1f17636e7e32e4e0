namespace WireDesk.Formats.Syndication.Rss;

/// <summary>An RSS 0.9x/2.0 or RSS 1.0/0.90 (RDF) document as read: channel, items, and broken items.</summary>
internal sealed class RssFeed
{
    /// <summary>feedparser's version names: rss20, rss091, rss092 ..., rss10, rss090, or plain "rss".</summary>
    public string Version { get; set; } = "rss";

    public RssChannel Channel { get; } = new();

    /// <summary>Items in document order; a broken item keeps its place as an error.</summary>
    public List<EntryOrError<RssItem>> Items { get; } = [];
}
