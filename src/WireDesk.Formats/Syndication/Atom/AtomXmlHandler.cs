using System.Xml;

namespace WireDesk.Formats.Syndication.Atom;

/// <summary>Tells the walker how Atom is laid out: entries and the feed's own elements, all children of <c>feed</c>.</summary>
internal sealed class AtomXmlHandler : IFeedXmlHandler
{
    private readonly List<string> headWarnings = [];
    private string atomNamespace = FeedNamespaces.Atom10;

    public AtomFeed Feed { get; } = new();

    public string EntryLocalName => "entry";

    public void ReadRoot(XmlReader reader)
    {
        atomNamespace = reader.NamespaceURI;
        Feed.Version = atomNamespace switch
        {
            FeedNamespaces.Atom10 => "atom10",
            FeedNamespaces.Atom03 => "atom03",
            _ => reader.GetAttribute("version")?.Trim() == "0.3" ? "atom03" : "atom",
        };
        if (!string.IsNullOrEmpty(reader.XmlLang)) Feed.Language = reader.XmlLang;
    }

    public bool IsEntry(XmlReader reader) => reader.LocalName == "entry" && IsAtom(reader.NamespaceURI);

    public bool IsContainer(XmlReader reader) => false;

    public void ReadEntry(XmlReader reader, Uri? baseUri) =>
        Feed.Entries.Add(new EntryOrError<AtomEntry>(AtomEntryReader.Read(reader, baseUri, atomNamespace), null));

    public void ReadHeadElement(XmlReader reader, Uri? baseUri)
    {
        if (!IsAtom(reader.NamespaceURI))
        {
            reader.Skip();
            return;
        }

        switch (reader.LocalName)
        {
            case "title":
                Feed.Title = Keep.First(Feed.Title, AtomConstructReader.Text(reader, baseUri, headWarnings));
                break;
            case "link":
                if (AtomConstructReader.Link(reader, baseUri) is { Rel: "alternate" } link) Feed.Link ??= link.Href;
                break;
            default:
                reader.Skip();
                break;
        }
    }

    public void EntryBroken(string where, string message) =>
        Feed.Entries.Add(new EntryOrError<AtomEntry>(null, new ParseError(where, message)));

    private bool IsAtom(string ns) => ns == atomNamespace || FeedNamespaces.IsAtom(ns);
}
