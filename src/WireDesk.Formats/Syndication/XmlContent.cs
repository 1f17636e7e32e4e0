using System.Text;
using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Reads an element's content from a positioned reader and leaves the reader after the element's end tag.
/// Text comes back as text; "naked" child markup (an RSS description holding &lt;p&gt; elements, Atom xhtml)
/// comes back serialized as HTML so that nothing an agency sent is silently dropped.
/// </summary>
internal static class XmlContent
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param",
    };

    /// <summary>The content as text, or as markup when the element has child elements.</summary>
    public static string Read(XmlReader reader, out bool isMarkup) => Read(reader, asMarkup: false, out isMarkup);

    /// <summary>The content as markup: text escaped, child elements serialized.</summary>
    public static string ReadMarkup(XmlReader reader) => Read(reader, asMarkup: true, out _);

    public static string ReadText(XmlReader reader) => Read(reader, asMarkup: false, out _);

    private static string Read(XmlReader reader, bool asMarkup, out bool isMarkup)
    {
        isMarkup = asMarkup;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        if (IsText(reader.NodeType))
        {
            // The common case: one text node and the end tag.
            var only = reader.Value;
            reader.Read();
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return asMarkup ? Escape(only) : only;
            }

            return ReadRest(reader, depth, new StringBuilder(only.Length * 2).Append(asMarkup ? Escape(only) : only), ref isMarkup);
        }

        return ReadRest(reader, depth, new StringBuilder(), ref isMarkup);
    }

    private static string ReadRest(XmlReader reader, int depth, StringBuilder content, ref bool isMarkup)
    {
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF) throw new XmlException("unexpected end of document inside an element");
            if (IsText(reader.NodeType))
            {
                if (isMarkup) AppendEscaped(content, reader.Value);
                else content.Append(reader.Value);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                if (!isMarkup)
                {
                    var text = content.ToString();
                    content.Clear();
                    AppendEscaped(content, text);
                    isMarkup = true;
                }

                WriteElement(reader, content);
            }
            else reader.Read();
        }

        reader.Read();
        return content.ToString();
    }

    /// <summary>Serializes the element the reader is on, with everything in it, and leaves the reader after it.</summary>
    /// <remarks>A loop with its own stack of open names, not recursion: a feed may nest elements tens of thousands
    /// deep, and that must cost memory in proportion, never the thread's stack.</remarks>
    private static void WriteElement(XmlReader reader, StringBuilder content)
    {
        var open = new Stack<string>();
        do
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var name = WriteStartTag(reader, content);
                    if (!reader.IsEmptyElement) open.Push(name);
                    break;
                case XmlNodeType.EndElement:
                    // The reader has checked that each end tag closes the innermost open element.
                    content.Append("</").Append(open.Pop()).Append('>');
                    break;
                case XmlNodeType.None when reader.EOF:
                    throw new XmlException("unexpected end of document inside an element");
                case var type when IsText(type):
                    AppendEscaped(content, reader.Value);
                    break;
            }

            if (!reader.Read() && open.Count > 0) throw new XmlException("unexpected end of document inside an element");
        }
        while (open.Count > 0);
    }

    /// <summary>Writes the start tag (a whole empty element, if it is one) and returns the name it was written with.</summary>
    private static string WriteStartTag(XmlReader reader, StringBuilder content)
    {
        var name = reader.NamespaceURI is "" or FeedNamespaces.Xhtml ? reader.LocalName : reader.Name;
        content.Append('<').Append(name);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix == "xmlns" || reader.LocalName == "xmlns") continue;
                content.Append(' ').Append(reader.Name).Append("=\"");
                AppendEscaped(content, reader.Value, attribute: true);
                content.Append('"');
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (reader.IsEmptyElement) content.Append(VoidElements.Contains(name) ? " />" : "></" + name + ">");
        else content.Append('>');
        return name;
    }

    private static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string text, bool attribute = false)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when attribute: builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
