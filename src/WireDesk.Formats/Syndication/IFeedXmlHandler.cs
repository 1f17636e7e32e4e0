using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>What one XML feed format tells <see cref="FeedXmlWalker"/>: which elements are entries, which are
/// containers to walk into, and how to read each. Every Read method leaves the reader after the element.</summary>
internal interface IFeedXmlHandler
{
    /// <summary>The entry element's local name ("item", "entry"), used to find the next entry after a break.</summary>
    string EntryLocalName { get; }

    /// <summary>Called on the root start tag; must not move the reader.</summary>
    void ReadRoot(XmlReader reader);

    bool IsEntry(XmlReader reader);

    /// <summary>An element whose children are walked like the root's (the RSS <c>channel</c>).</summary>
    bool IsContainer(XmlReader reader);

    void ReadEntry(XmlReader reader, Uri? baseUri);

    /// <summary>Any other child of the root or a container: the feed's own title, link, language ...</summary>
    void ReadHeadElement(XmlReader reader, Uri? baseUri);

    /// <summary>The entry being read when the XML broke; it yields no story.</summary>
    void EntryBroken(string where, string message);
}
