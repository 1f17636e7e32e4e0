using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Where a reader stood before an element was handed to a read method. If the method did not move it (a bug),
/// the element is skipped so a feed can never make a parser loop forever.
/// </summary>
internal readonly record struct ReaderMark(int Depth, int Line, int Column)
{
    public static ReaderMark Of(XmlReader reader) =>
        reader is IXmlLineInfo info ? new(reader.Depth, info.LineNumber, info.LinePosition) : new(reader.Depth, -1, -1);

    public void SkipIfStuck(XmlReader reader)
    {
        if (reader.NodeType != XmlNodeType.Element || reader.Depth != Depth || reader is not IXmlLineInfo info) return;
        if (info.LineNumber == Line && info.LinePosition == Column) reader.Skip();
    }
}
