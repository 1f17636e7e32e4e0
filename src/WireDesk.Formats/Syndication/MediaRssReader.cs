using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>Reads Media RSS elements (media:content, media:thumbnail, media:group, media:keywords) in RSS and Atom.</summary>
internal static class MediaRssReader
{
    /// <summary>Reads the Media RSS element at the reader into the lists; leaves the reader after it.</summary>
    public static void Read(XmlReader reader, List<MediaObject> media, List<string> keywords)
    {
        switch (reader.LocalName)
        {
            case "content":
                ReadContent(reader, media);
                break;
            case "thumbnail":
                if (reader.GetAttribute("url") is { Length: > 0 } thumbnail) media.Add(new MediaObject(thumbnail, IsThumbnail: true));
                reader.Skip();
                break;
            case "group":
                ReadGroup(reader, media, keywords);
                break;
            case "keywords":
                foreach (var keyword in XmlContent.ReadText(reader).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    keywords.Add(keyword);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static void ReadGroup(XmlReader reader, List<MediaObject> media, List<string> keywords)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF) throw new XmlException("unexpected end of document inside media:group");
            if (reader.NodeType == XmlNodeType.Element && FeedNamespaces.IsMediaRss(reader.NamespaceURI)) Read(reader, media, keywords);
            else if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }

        reader.Read();
    }

    private static void ReadContent(XmlReader reader, List<MediaObject> media)
    {
        var url = reader.GetAttribute("url");
        var item = string.IsNullOrWhiteSpace(url) ? null : new MediaObject(url, IsThumbnail: false)
        {
            Type = reader.GetAttribute("type"),
            Medium = reader.GetAttribute("medium"),
            FileSize = reader.GetAttribute("fileSize"),
        };
        if (reader.IsEmptyElement)
        {
            reader.Read();
            if (item is not null) media.Add(item);
            return;
        }

        string? title = null;
        var nested = new List<MediaObject>();
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF) throw new XmlException("unexpected end of document inside media:content");
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (FeedNamespaces.IsMediaRss(reader.NamespaceURI) && reader.LocalName == "title") title = Keep.First(title, XmlContent.ReadText(reader));
            else if (FeedNamespaces.IsMediaRss(reader.NamespaceURI) && reader.LocalName == "thumbnail") Read(reader, nested, []);
            else reader.Skip();
        }

        reader.Read();
        if (item is not null) media.Add(item with { Title = title });
        media.AddRange(nested);
    }
}
