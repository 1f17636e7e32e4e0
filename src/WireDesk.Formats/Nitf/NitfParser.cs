using System.Xml;
using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.Nitf;

/// <summary>NITF 3.x (namespaced or not): one document, one story.</summary>
public sealed class NitfParser : IStoryParser
{
    public string Format => NitfMapper.Format;

    public ParseResult Parse(DecodedDocument document, ParseContext context)
    {
        if (!SafeXml.TryOpen(document, context, out var reader, out var error)) return new ParseResult([], [error]);

        XElement root;
        try
        {
            using (reader) root = XElement.Load(reader);
        }
        catch (XmlException exception)
        {
            return new ParseResult([], [SafeXml.Describe(document.Source.Name, exception)]);
        }

        if (root.Name.LocalName != "nitf")
            return ParseResult.Failed(document.Source.Name, $"root element is <{root.Name.LocalName}>, not <nitf>");

        var item = NitfMapper.Map(NitfReader.Read(root), document, context);
        return item.Story is { } story ? new ParseResult([story], []) : new ParseResult([], [item.Error!]);
    }
}
