using System.Xml;

namespace WireDesk.Formats.Xml;

/// <summary>
/// How deep agency XML may nest. No news format comes near it; a document that goes past it is hostile or broken,
/// and reading on would only overflow the stack of the recursive steps that follow (body writers, concept chains,
/// <c>XElement.Value</c>). It is an XML error like any other, reported with the line it stopped at.
/// </summary>
public static class XmlDepth
{
    public const int Max = 256;

    public static void Check(XmlReader reader)
    {
        if (reader.Depth <= Max) return;
        var (line, column) = reader is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);
        throw new XmlException($"elements are nested more than {Max} deep", null, line, column);
    }
}
