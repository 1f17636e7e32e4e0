using System.Xml;

namespace WireDesk.Formats.Syndication.Atom;

/// <summary>Reads one Atom <c>entry</c> from a reader positioned on its start tag. Only the entry's own children
/// count: an <c>id</c> or <c>title</c> nested in an extension element is not the entry's.</summary>
internal static class AtomEntryReader
{
    /// <summary>Reads the entry and leaves the reader on its end tag (on the element itself when empty).</summary>
    public static AtomEntry Read(XmlReader reader, Uri? baseUri, string atomNamespace)
    {
        var entry = new AtomEntry
        {
            Base = baseUri,
            Language = string.IsNullOrEmpty(reader.XmlLang) ? null : reader.XmlLang,
        };
        AtomConstructReader.ForEachChildUpToEndTag(reader, (entry, atomNamespace),
            static (child, state) => ReadChild(child, state.entry, state.atomNamespace, state.entry.Warnings));
        return entry;
    }

    private static void ReadChild(XmlReader reader, AtomEntry entry, string atomNamespace, List<string> warnings)
    {
        var ns = reader.NamespaceURI;
        if (ns == atomNamespace || FeedNamespaces.IsAtom(ns)) ReadAtom(reader, entry, warnings);
        else if (FeedNamespaces.IsMediaRss(ns)) MediaRssReader.Read(reader, entry.Media, entry.MediaKeywords);
        else if (ns == FeedNamespaces.DublinCore && reader.LocalName is "creator" or "author")
            entry.Authors.Add(new AtomPerson(XmlContent.ReadText(reader), null, null));
        else if (ns == FeedNamespaces.DublinCore && reader.LocalName == "subject")
            AddCategory(entry, XmlContent.ReadText(reader));
        else if (ns == FeedNamespaces.DublinCore && reader.LocalName == "date") entry.Updated = XmlContent.ReadText(reader);
        else if (ns == FeedNamespaces.DcTerms && reader.LocalName == "issued") entry.Published = XmlContent.ReadText(reader);
        else if (ns == FeedNamespaces.DcTerms && reader.LocalName == "modified") entry.Updated = XmlContent.ReadText(reader);
        else reader.Skip();
    }

    private static void ReadAtom(XmlReader reader, AtomEntry entry, List<string> warnings)
    {
        switch (reader.LocalName)
        {
            case "id":
                // Ids are compared as written. A path ("/2026/story") is not a valid id but plainly an address
                // on the feed's site, so it is resolved; any other relative text stays an opaque identifier.
                var idBase = FeedXmlWalker.ElementBase(reader, entry.Base);
                var id = XmlContent.ReadText(reader).Trim();
                entry.Id = Keep.First(entry.Id, id.StartsWith('/') && !id.StartsWith("//", StringComparison.Ordinal) ? LinkResolver.Resolve(id, idBase) : id);
                break;
            case "title":
                entry.Title = Keep.First(entry.Title, AtomConstructReader.Text(reader, entry.Base, warnings));
                break;
            case "summary":
                entry.Summary = Keep.First(entry.Summary, AtomConstructReader.Text(reader, entry.Base, warnings));
                break;
            case "content":
                if (entry.Content is null && entry.ContentSource is null) ReadContent(reader, entry, warnings);
                else reader.Skip();
                break;
            case "link":
                if (AtomConstructReader.Link(reader, entry.Base) is { } link) entry.Links.Add(link);
                break;
            case "author":
                entry.Authors.Add(AtomConstructReader.Person(reader, entry.Base));
                break;
            case "published" or "issued":
                entry.Published = XmlContent.ReadText(reader);
                break;
            case "updated" or "modified":
                entry.Updated = XmlContent.ReadText(reader);
                break;
            case "created":
                entry.Created = XmlContent.ReadText(reader);
                break;
            case "category":
                if (AtomConstructReader.Category(reader) is { } category) entry.Categories.Add(category);
                break;
            default:
                // contributor, rights, source (another feed's metadata), and anything unknown.
                reader.Skip();
                break;
        }
    }

    private static void ReadContent(XmlReader reader, AtomEntry entry, List<string> warnings)
    {
        if (reader.GetAttribute("src") is { Length: > 0 } source)
        {
            entry.ContentSource = LinkResolver.Resolve(source, FeedXmlWalker.ElementBase(reader, entry.Base));
            reader.Skip();
            return;
        }

        entry.Content = AtomConstructReader.Text(reader, entry.Base, warnings);
    }

    private static void AddCategory(AtomEntry entry, string term)
    {
        if (!string.IsNullOrWhiteSpace(term)) entry.Categories.Add(new AtomCategory(term.Trim(), null, null));
    }
}
