using System.Xml;
using System.Xml.Linq;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Reads the element an <see cref="XmlReader"/> is on into a small <see cref="XElement"/> tree, one item at a time,
/// leaving out the layout white space of pretty-printed metadata. That white space is most of the nodes of a
/// typical agency item and none of its meaning.
/// </summary>
/// <remarks>
/// White-space-only text is kept inside the elements named in <c>mixedContent</c>: bodies and text properties, where
/// "<c>&lt;em&gt;a&lt;/em&gt; &lt;em&gt;b&lt;/em&gt;</c>" needs its space. Elsewhere it is layout and is never
/// even materialized as a string.
/// </remarks>
public static class XmlTreeReader
{
    public static XElement ReadElement(XmlReader reader, IReadOnlySet<string> mixedContent)
    {
        if (reader.NodeType != XmlNodeType.Element) throw new InvalidOperationException("the reader is not on an element");

        var names = new NameCache();
        var root = NewElement(reader, names);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        var current = root;
        XElement? mixedRoot = mixedContent.Contains(root.Name.LocalName) ? root : null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    XmlDepth.Check(reader);
                    var element = NewElement(reader, names);
                    current.Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        current = element;
                        if (mixedRoot is null && mixedContent.Contains(element.Name.LocalName)) mixedRoot = element;
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (ReferenceEquals(current, mixedRoot)) mixedRoot = null;
                    if (ReferenceEquals(current, root))
                    {
                        reader.Read();
                        return root;
                    }
                    current = current.Parent!;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current.Add(reader.Value);
                    break;
                case XmlNodeType.Whitespace when mixedRoot is not null:
                    current.Add(reader.Value);
                    break;
            }
        }
        throw new XmlException($"unexpected end of document inside <{current.Name.LocalName}>");
    }

    private static XElement NewElement(XmlReader reader, NameCache names)
    {
        var element = new XElement(names.Get(reader.NamespaceURI, reader.LocalName));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/") continue;
                element.Add(new XAttribute(names.Get(reader.NamespaceURI, reader.LocalName), reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }

    // The reader atomizes names, so the same namespace arrives as the same string instance.
    private sealed class NameCache
    {
        private string? _uri;
        private XNamespace _namespace = XNamespace.None;

        public XName Get(string uri, string localName)
        {
            if (!ReferenceEquals(uri, _uri))
            {
                _namespace = XNamespace.Get(uri);
                _uri = uri;
            }
            return _namespace.GetName(localName);
        }
    }
}
