using System.Xml;

namespace WireDesk.Formats.Syndication.Rss;

/// <summary>
/// Tells the walker how RSS is laid out: RSS 2.0/0.9x items inside <c>channel</c>, RSS 1.0/0.90 items beside it
/// under <c>rdf:RDF</c>, and (seen in the wild) items straight under <c>rss</c>. Core elements are accepted with no
/// namespace, the RSS 1.0/0.90 namespaces, the old Userland/Harvard ones, or whatever namespace the root uses.
/// </summary>
internal sealed class RssXmlHandler : IFeedXmlHandler
{
    private string rootNamespace = "";

    public RssFeed Feed { get; } = new();

    public string EntryLocalName => "item";

    public void ReadRoot(XmlReader reader)
    {
        rootNamespace = reader.NamespaceURI;
        Feed.Version = VersionOf(reader);
        if (!string.IsNullOrEmpty(reader.XmlLang)) Feed.Channel.Language = reader.XmlLang;
    }

    public bool IsEntry(XmlReader reader) => reader.LocalName == "item" && IsCore(reader.NamespaceURI);

    public bool IsContainer(XmlReader reader)
    {
        if (reader.LocalName != "channel" || !IsCore(reader.NamespaceURI)) return false;
        if (!string.IsNullOrEmpty(reader.XmlLang)) Feed.Channel.Language ??= reader.XmlLang;
        return true;
    }

    public void ReadEntry(XmlReader reader, Uri? baseUri)
    {
        Feed.Items.Add(new EntryOrError<RssItem>(RssItemReader.Read(reader, baseUri), null));
    }

    public void ReadHeadElement(XmlReader reader, Uri? baseUri)
    {
        var channel = Feed.Channel;
        var ns = reader.NamespaceURI;
        var name = reader.LocalName;
        if (IsCore(ns) && name == "title") channel.Title = Keep.First(channel.Title, XmlContent.Read(reader, out _));
        else if (IsCore(ns) && name == "link") channel.Link = Keep.First(channel.Link, LinkResolver.Resolve(XmlContent.ReadText(reader), baseUri));
        else if (IsCore(ns) && name == "description") channel.Description = Keep.First(channel.Description, XmlContent.Read(reader, out _));
        else if (IsCore(ns) && name == "language") channel.Language = XmlContent.ReadText(reader);
        else if (ns == FeedNamespaces.DublinCore && name == "title") channel.Title = Keep.First(channel.Title, XmlContent.Read(reader, out _));
        else if (ns == FeedNamespaces.DublinCore && name == "language") channel.Language = Keep.First(channel.Language, XmlContent.ReadText(reader));
        // image, textinput, items (rdf:Seq), cloud ...: their own title/link must not leak into the channel's.
        else reader.Skip();
    }

    public void EntryBroken(string where, string message) =>
        Feed.Items.Add(new EntryOrError<RssItem>(null, new ParseError(where, message)));

    private bool IsCore(string ns) => FeedNamespaces.IsRssCore(ns) || ns == rootNamespace;

    private static string VersionOf(XmlReader reader)
    {
        if (reader.LocalName == "RDF")
        {
            var rss090 = reader.LookupNamespace("") == FeedNamespaces.Rss090 || HasNamespace(reader, FeedNamespaces.Rss090);
            return rss090 ? "rss090" : "rss10";
        }

        return reader.GetAttribute("version")?.Trim() switch
        {
            null or "" => "rss",
            "0.91" => "rss091",
            "0.92" => "rss092",
            "0.93" => "rss093",
            "0.94" => "rss094",
            var v when v.StartsWith('2') => "rss20",
            _ => "rss",
        };
    }

    private static bool HasNamespace(XmlReader reader, string ns)
    {
        if (!reader.MoveToFirstAttribute()) return false;
        var found = false;
        do found |= reader.Value == ns && (reader.Prefix == "xmlns" || reader.LocalName == "xmlns");
        while (!found && reader.MoveToNextAttribute());
        reader.MoveToElement();
        return found;
    }
}
