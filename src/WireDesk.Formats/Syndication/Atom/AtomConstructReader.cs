using System.Text;
using System.Xml;

namespace WireDesk.Formats.Syndication.Atom;

/// <summary>Reads Atom constructs (text, link, person, category) from a reader on their start tag.</summary>
internal static class AtomConstructReader
{
    /// <summary>
    /// A text construct or content. RFC 4287 §3.1.1: type text/html/xhtml; §4.1.3.3: content of another XML type is
    /// inline XML, of another text/* type is text, of any other type is base64. Atom 0.3: MIME types plus
    /// <c>mode</c> xml (default), escaped or base64.
    /// </summary>
    public static AtomText Text(XmlReader reader, Uri? parentBase, List<string> warnings)
    {
        var baseUri = FeedXmlWalker.ElementBase(reader, parentBase);
        var type = reader.GetAttribute("type")?.Trim().ToLowerInvariant();
        var mode = reader.GetAttribute("mode")?.Trim().ToLowerInvariant();
        var kind = KindOf(type, out var base64);
        if (mode == "base64") base64 = true;

        if (kind == AtomTextKind.Xhtml && !base64 && mode != "escaped")
            return new AtomText(XmlContent.ReadMarkup(reader), AtomTextKind.Xhtml, baseUri);

        var value = XmlContent.Read(reader, out var isMarkup);
        if (base64) value = DecodeBase64(value, warnings);
        // Markup sent as child elements of a "text" construct is still markup; reading it as text would show tags.
        if (isMarkup && kind == AtomTextKind.Text) kind = AtomTextKind.Html;
        return new AtomText(value, kind, baseUri);
    }

    public static AtomLink? Link(XmlReader reader, Uri? parentBase)
    {
        var baseUri = FeedXmlWalker.ElementBase(reader, parentBase);
        var href = LinkResolver.Resolve(reader.GetAttribute("href"), baseUri);
        var rel = reader.GetAttribute("rel")?.Trim();
        var link = href is null ? null : new AtomLink(href, string.IsNullOrEmpty(rel) ? "alternate" : rel)
        {
            Type = reader.GetAttribute("type"),
            Length = reader.GetAttribute("length"),
            Title = reader.GetAttribute("title"),
        };
        reader.Skip();
        return link;
    }

    public static AtomPerson Person(XmlReader reader, Uri? parentBase)
    {
        var baseUri = FeedXmlWalker.ElementBase(reader, parentBase);
        string? name = null, email = null, uri = null;
        ForEachChild(reader, child =>
        {
            switch (child.LocalName)
            {
                case "name": name = Keep.First(name, XmlContent.ReadText(child)); break;
                case "email": email = Keep.First(email, XmlContent.ReadText(child)); break;
                case "uri" or "url": uri = Keep.First(uri, LinkResolver.Resolve(XmlContent.ReadText(child), baseUri)); break;
                default: child.Skip(); break;
            }
        });
        return new AtomPerson(Blank(name), Blank(email), Blank(uri));
    }

    public static AtomCategory? Category(XmlReader reader)
    {
        var term = Blank(reader.GetAttribute("term"));
        var category = term is null ? null : new AtomCategory(term, Blank(reader.GetAttribute("scheme")), Blank(reader.GetAttribute("label")));
        reader.Skip();
        return category;
    }

    /// <summary>Calls <paramref name="read"/> on each child element, which must consume it; leaves the reader after the parent.</summary>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> read)
    {
        ForEachChildUpToEndTag(reader, read, static (child, read) => read(child));
        reader.Read();
    }

    /// <summary>As <see cref="ForEachChild"/>, but leaves the reader on the element's end tag (on the element itself
    /// when it is empty); <paramref name="state"/> goes to each call, so a static lambda needs no closure per entry.</summary>
    public static void ForEachChildUpToEndTag<TState>(XmlReader reader, TState state, Action<XmlReader, TState> read)
    {
        if (reader.IsEmptyElement) return;

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF) throw new XmlException("unexpected end of document inside an element");
            if (reader.NodeType == XmlNodeType.Element)
            {
                var mark = ReaderMark.Of(reader);
                read(reader, state);
                mark.SkipIfStuck(reader);
            }
            else reader.Read();
        }
    }

    private static AtomTextKind KindOf(string? type, out bool base64)
    {
        base64 = false;
        switch (type)
        {
            case null or "" or "text" or "text/plain":
                return AtomTextKind.Text;
            case "html" or "text/html":
                return AtomTextKind.Html;
            case "xhtml" or "application/xhtml+xml":
                return AtomTextKind.Xhtml;
        }

        if (type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("/xml", StringComparison.Ordinal)) return AtomTextKind.Xhtml;
        if (type.StartsWith("text/", StringComparison.Ordinal)) return AtomTextKind.Text;
        base64 = true;
        return AtomTextKind.Text;
    }

    private static string DecodeBase64(string value, List<string> warnings)
    {
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(compact));
        }
        catch (FormatException)
        {
            warnings.Add("content: declared base64 but is not; kept as written");
            return value;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
