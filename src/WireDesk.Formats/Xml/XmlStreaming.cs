using System.Buffers;
using System.Text;
using System.Xml;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Reading straight off an <see cref="XmlReader"/> into wire types, with the same local-name matching as
/// <see cref="LocalNameAccess"/>: no per-item tree for metadata that is read once and let go.
/// </summary>
/// <remarks>
/// Every method that reads an element leaves the reader on the node after that element's end, so a caller walks
/// children with <see cref="NextChild"/> and either reads or <see cref="XmlReader.Skip"/>s each one.
/// </remarks>
public static class XmlStreaming
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// Steps into the element the reader is on. False for an empty element, which is then consumed; otherwise walk
    /// its children with <see cref="NextChild"/> and the depth it returned.
    /// </summary>
    public static bool Enter(XmlReader reader, out int depth)
    {
        depth = reader.Depth;
        XmlDepth.Check(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return false;
        }
        reader.Read();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/>; false (the end tag consumed)
    /// when there is none left.
    /// </summary>
    public static bool NextChild(XmlReader reader, int depth)
    {
        while (true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1) return true;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return false;
            }
            if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else if (!reader.Read()) throw new XmlException("unexpected end of document");
        }
    }

    /// <summary>The attribute's value when present and not blank, matched by local name in any namespace but xml: and xmlns:.</summary>
    public static string? Attr(XmlReader reader, string localName)
    {
        if (!reader.MoveToFirstAttribute()) return null;
        string? value = null;
        do
        {
            if (reader.LocalName == localName && IsPlain(reader))
            {
                value = Clean(reader.Value);
                break;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return value;
    }

    /// <summary>True for an attribute that is neither xml:* nor a namespace declaration; call with the reader on an attribute.</summary>
    public static bool IsPlain(XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        return ns.Length == 0 || (ns != XmlNamespace && ns != XmlnsNamespace);
    }

    /// <summary>True when the reader is on xml:lang.</summary>
    public static bool IsXmlLang(XmlReader reader) => reader.LocalName == "lang" && reader.NamespaceURI == XmlNamespace;

    /// <summary>An attribute value as <see cref="LocalNameAccess.Attr"/> gives it: trimmed, null when blank.</summary>
    public static string? Clean(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>xml:lang as <see cref="LocalNameAccess.Lang"/> gives it: trimmed, null when empty.</summary>
    public static string? CleanLang(string value) => value.Length > 0 ? value.Trim() : null;

    /// <summary>The element's text with white space collapsed (null when blank), the element consumed.</summary>
    /// <remarks>
    /// The text is collapsed as it is read, chunk by chunk, so that the raw text (pretty-printed, indented, often
    /// several lines) is never made into a string of its own.
    /// </remarks>
    public static string? ReadText(XmlReader reader)
    {
        if (!reader.CanReadValueChunk) return WhiteSpace.Collapse(ReadRawText(reader)) is { Length: > 0 } text ? text : null;
        if (!Enter(reader, out var depth)) return null;

        var chunk = ArrayPool<char>.Shared.Rent(1024);
        var collapsed = new CollapsingWriter(ArrayPool<char>.Shared.Rent(256));
        try
        {
            while (true)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        int read;
                        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0) collapsed.Append(chunk.AsSpan(0, read));
                        break;
                    case XmlNodeType.EndElement when reader.Depth == depth:
                        reader.Read();
                        return collapsed.Length == 0 ? null : collapsed.ToString();
                }
                if (!reader.Read()) throw new XmlException("unexpected end of document");
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
            collapsed.Dispose();
        }
    }

    /// <summary>All text inside the element, as <c>XElement.Value</c> gives it, the element consumed.</summary>
    public static string ReadRawText(XmlReader reader)
    {
        if (!Enter(reader, out var depth)) return "";
        string? first = null;
        StringBuilder? more = null;
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    var value = reader.Value;
                    if (first is null) first = value;
                    else (more ??= new StringBuilder(first)).Append(value);
                    break;
                case XmlNodeType.EndElement when reader.Depth == depth:
                    reader.Read();
                    return more?.ToString() ?? first ?? "";
            }
            if (!reader.Read()) throw new XmlException("unexpected end of document");
        }
    }
}
