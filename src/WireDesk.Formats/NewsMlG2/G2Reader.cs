using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// Reads newsItem, packageItem and the newsMessage header straight off the reader into the G2 wire types. Only an
/// inlineXML body becomes a small tree, for the body writers; its white space is kept, as it is mixed content.
/// </summary>
public static class G2Reader
{
    private static readonly FrozenSet<string> InlineXml = FrozenSet.ToFrozenSet(["inlineXML"]);

    /// <summary>The newsItem the reader is on, consumed.</summary>
    public static G2NewsItem ReadNewsItem(XmlReader reader)
    {
        var (guid, version, lang) = ItemAttributes(reader);
        var itemMeta = new G2ItemMeta();
        var contentMeta = new G2ContentMeta();
        IReadOnlyList<G2Content> contents = [];
        List<G2Concept>? asserts = null;
        if (XmlStreaming.Enter(reader, out var depth))
        {
            while (XmlStreaming.NextChild(reader, depth))
            {
                switch (reader.LocalName)
                {
                    case "itemMeta": itemMeta = G2MetaReader.ReadItemMeta(reader); break;
                    case "contentMeta": contentMeta = G2MetaReader.ReadContentMeta(reader); break;
                    case "contentSet": contents = ReadContentSet(reader); break;
                    case "assert": (asserts ??= []).Add(G2MetaReader.ReadConcept(reader)); break;
                    default: reader.Skip(); break;
                }
            }
        }
        return new G2NewsItem(guid, version, lang, itemMeta, contentMeta, contents)
        {
            Asserts = asserts ?? (IReadOnlyList<G2Concept>)[],
        };
    }

    /// <summary>
    /// The packageItem the reader is on, consumed, with every itemRef in its groups (and any directly under it, as
    /// some senders put them).
    /// </summary>
    public static G2PackageItem ReadPackageItem(XmlReader reader)
    {
        var (guid, version, lang) = ItemAttributes(reader);
        var itemMeta = new G2ItemMeta();
        var contentMeta = new G2ContentMeta();
        var itemRefs = new List<string>();
        if (XmlStreaming.Enter(reader, out var depth))
        {
            while (XmlStreaming.NextChild(reader, depth))
            {
                switch (reader.LocalName)
                {
                    case "itemMeta": itemMeta = G2MetaReader.ReadItemMeta(reader); break;
                    case "contentMeta": contentMeta = G2MetaReader.ReadContentMeta(reader); break;
                    default: CollectItemRefs(reader, itemRefs); break;
                }
            }
        }
        return new G2PackageItem(guid, version, lang, itemMeta, contentMeta, itemRefs);
    }

    /// <summary>The newsMessage header the reader is on, consumed.</summary>
    public static G2Header ReadHeader(XmlReader reader)
    {
        string? sent = null, priority = null, sender = null, transmitId = null;
        if (XmlStreaming.Enter(reader, out var depth))
        {
            while (XmlStreaming.NextChild(reader, depth))
            {
                var name = reader.LocalName;
                if (name is not ("sent" or "priority" or "sender" or "transmitId"))
                {
                    reader.Skip();
                    continue;
                }
                var text = XmlStreaming.ReadText(reader);
                switch (name)
                {
                    case "sent": sent ??= text; break;
                    case "priority": priority ??= text; break;
                    case "sender": sender ??= text; break;
                    default: transmitId ??= text; break;
                }
            }
        }
        return new G2Header(sent, priority, sender, transmitId);
    }

    private static (string? Guid, string? Version, string? Lang) ItemAttributes(XmlReader reader)
    {
        string? guid = null, version = null, lang = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (XmlStreaming.IsXmlLang(reader)) lang ??= XmlStreaming.CleanLang(reader.Value);
                else if (!XmlStreaming.IsPlain(reader)) continue;
                else if (reader.LocalName == "guid") guid ??= XmlStreaming.Clean(reader.Value);
                else if (reader.LocalName == "version") version ??= XmlStreaming.Clean(reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return (guid, version, lang);
    }

    private static IReadOnlyList<G2Content> ReadContentSet(XmlReader reader)
    {
        if (!XmlStreaming.Enter(reader, out var depth)) return [];
        var contents = new List<G2Content>(2);
        while (XmlStreaming.NextChild(reader, depth))
        {
            var contentType = XmlStreaming.Attr(reader, "contenttype");
            switch (reader.LocalName)
            {
                case "inlineXML":
                    contents.Add(new G2InlineXml(contentType, XmlTreeReader.ReadElement(reader, InlineXml)));
                    break;
                case "inlineData":
                    var encoding = XmlStreaming.Attr(reader, "encoding");
                    contents.Add(new G2InlineData(contentType, XmlStreaming.ReadRawText(reader), encoding));
                    break;
                case "remoteContent":
                    contents.Add(new G2RemoteContent(contentType, XmlStreaming.Attr(reader, "href"), XmlStreaming.Attr(reader, "residref"),
                        long.TryParse(XmlStreaming.Attr(reader, "size"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : null,
                        XmlStreaming.Attr(reader, "rendition")));
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return contents;
    }

    // itemRefs sit in groups, in groups of groups, or (some senders) directly under the package.
    private static void CollectItemRefs(XmlReader reader, List<string> itemRefs)
    {
        var depth = reader.Depth;
        do
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "itemRef"
                && XmlStreaming.Attr(reader, "residref") is { } residref && !itemRefs.Contains(residref))
                itemRefs.Add(residref);
            if (!reader.Read()) throw new XmlException("unexpected end of document");
        }
        while (reader.Depth > depth || (reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement));
    }
}
