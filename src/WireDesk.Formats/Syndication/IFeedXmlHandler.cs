using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>What one XML feed format tells <see cref="FeedXmlWalker"/>: which elements are entries, which are
/// containers to walk into, and how to read each. Read methods leave the reader after the element, but for
/// <see cref="ReadEntry"/>.</summary>
internal interface IFeedXmlHandler
{
    /// <summary>The entry element's local name ("item", "entry"), used to find the next entry after a break.</summary>
    string EntryLocalName { get; }

    /// <summary>Called on the root start tag; must not move the reader.</summary>
    void ReadRoot(XmlReader reader);

    bool IsEntry(XmlReader reader);

    /// <summary>An element whose children are walked like the root's (the RSS <c>channel</c>).</summary>
    bool IsContainer(XmlReader reader);

    /// <summary>Reads an entry and leaves the reader on its end tag (on the element itself when empty): the walker
    /// steps past it, so a document that breaks right after a complete entry does not cost that entry.</summary>
    void ReadEntry(XmlReader reader, Uri? baseUri);

    /// <summary>Any other child of the root or a container: the feed's own title, link, language ...</summary>
    void ReadHeadElement(XmlReader reader, Uri? baseUri);

    /// <summary>The entry being read when the XML broke; it yields no story.</summary>
    void EntryBroken(string where, string message);
}
