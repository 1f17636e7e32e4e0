using System.Xml;

namespace WireDesk.Formats.Syndication.Rss;

/// <summary>Reads one RSS <c>item</c> (2.0, 0.9x or 1.0) from a reader positioned on its start tag, and leaves the
/// reader on its end tag (on the element itself when empty).</summary>
internal static class RssItemReader
{
    public static RssItem Read(XmlReader reader, Uri? baseUri)
    {
        var item = new RssItem
        {
            Base = baseUri,
            RdfAbout = reader.HasAttributes ? reader.GetAttribute("about", FeedNamespaces.Rdf) : null,
            Language = string.IsNullOrEmpty(reader.XmlLang) ? null : reader.XmlLang,
        };
        if (reader.IsEmptyElement) return item;

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF) throw new XmlException("unexpected end of document inside an item");
            if (reader.NodeType == XmlNodeType.Element)
            {
                var mark = ReaderMark.Of(reader);
                ReadChild(reader, item);
                mark.SkipIfStuck(reader);
            }
            else reader.Read();
        }

        return item;
    }

    private static void ReadChild(XmlReader reader, RssItem item)
    {
        var ns = reader.NamespaceURI;
        if (FeedNamespaces.IsRssCore(ns)) ReadCore(reader, item);
        else if (ns == FeedNamespaces.DublinCore) ReadDublinCore(reader, item);
        else if (ns == FeedNamespaces.DcTerms) ReadDcTerms(reader, item);
        else if (ns == FeedNamespaces.Content && reader.LocalName == "encoded") item.ContentEncoded = Keep.First(item.ContentEncoded, XmlContent.ReadText(reader));
        else if (ns == FeedNamespaces.Xhtml && reader.LocalName == "body") item.ContentEncoded = Keep.First(item.ContentEncoded, XmlContent.ReadMarkup(reader));
        else if (FeedNamespaces.IsMediaRss(ns)) MediaRssReader.Read(reader, item.Media, item.MediaKeywords);
        else reader.Skip();
    }

    private static void ReadCore(XmlReader reader, RssItem item)
    {
        switch (reader.LocalName)
        {
            case "title":
                item.Title = Keep.First(item.Title, ReadHtmlish(reader));
                break;
            case "link":
                item.Link = Keep.First(item.Link, XmlContent.ReadText(reader));
                break;
            case "description":
                item.Description = Keep.First(item.Description, ReadHtmlish(reader));
                break;
            case "guid":
                var permaLink = reader.GetAttribute("isPermaLink");
                var guid = XmlContent.ReadText(reader);
                if (item.Guid is null)
                {
                    item.Guid = guid;
                    item.GuidIsPermaLink = !string.Equals(permaLink?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                }

                break;
            case "author":
                item.Authors.Add(XmlContent.ReadText(reader));
                break;
            case "category":
                var domain = reader.GetAttribute("domain");
                item.Categories.Add(new RssCategory(XmlContent.ReadText(reader), domain));
                break;
            case "enclosure":
                if (reader.GetAttribute("url") is { } url)
                    item.Enclosures.Add(new RssEnclosure(url, reader.GetAttribute("length"), reader.GetAttribute("type")));
                reader.Skip();
                break;
            case "pubDate":
                item.PubDate = XmlContent.ReadText(reader);
                break;
            case "body":
                // xhtml:body written without its namespace.
                item.ContentEncoded = Keep.First(item.ContentEncoded, XmlContent.ReadMarkup(reader));
                break;
            case "fullitem":
                item.ContentEncoded = Keep.First(item.ContentEncoded, XmlContent.ReadText(reader));
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static void ReadDublinCore(XmlReader reader, RssItem item)
    {
        switch (reader.LocalName)
        {
            case "creator" or "author":
                item.Authors.Add(XmlContent.ReadText(reader));
                break;
            case "date":
                item.DcDate = XmlContent.ReadText(reader);
                break;
            case "subject":
                item.Categories.Add(new RssCategory(XmlContent.ReadText(reader), null));
                break;
            case "title":
                item.Title = Keep.First(item.Title, ReadHtmlish(reader));
                break;
            case "description":
                item.Description = Keep.First(item.Description, ReadHtmlish(reader));
                break;
            case "language":
                item.Language = XmlContent.ReadText(reader);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static void ReadDcTerms(XmlReader reader, RssItem item)
    {
        switch (reader.LocalName)
        {
            case "issued":
                item.Issued = XmlContent.ReadText(reader);
                break;
            case "modified":
                item.Modified = XmlContent.ReadText(reader);
                break;
            case "created":
                item.Created = XmlContent.ReadText(reader);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    /// <summary>RSS title and description carry HTML either escaped or, wrongly but often, as child elements.</summary>
    private static string ReadHtmlish(XmlReader reader) => XmlContent.Read(reader, out _);
}
