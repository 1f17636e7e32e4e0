using System.Xml;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// NewsML-G2 2.x: a bare newsItem or packageItem, or a newsMessage whose itemSet holds many. The document is
/// streamed: each item is read straight into the G2 wire types, mapped, and let go. A fault in the XML keeps the
/// items read before it and reports where it stopped.
/// </summary>
public sealed class NewsMlG2Parser : IStoryParser
{
    public string Format => G2Mapper.Format;

    public ParseResult Parse(DecodedDocument document, ParseContext context)
    {
        if (!SafeXml.TryOpen(document, context, out var reader, out var error)) return new ParseResult([], [error]);

        var name = document.Source.Name;
        var assembler = new G2MessageAssembler(name);
        using (reader)
        {
            try
            {
                reader.MoveToContent();
                switch (reader.LocalName)
                {
                    case "newsMessage":
                        ReadMessage(reader, assembler, document, context);
                        break;
                    case "newsItem" or "packageItem":
                        ReadItem(reader, 1, null, assembler, document, context);
                        break;
                    default:
                        return ParseResult.Failed(name, $"root element is <{reader.LocalName}>, not a NewsML-G2 newsMessage, newsItem or packageItem");
                }
            }
            catch (XmlException exception)
            {
                assembler.AddError(SafeXml.Describe(name, exception));
            }
        }
        return assembler.Assemble();
    }

    // Items are read from itemSet and, as some senders put them, directly under newsMessage.
    private static void ReadMessage(XmlReader reader, G2MessageAssembler assembler, DecodedDocument document, ParseContext context)
    {
        G2Header? header = null;
        var index = 0;
        if (!XmlStreaming.Enter(reader, out var depth)) return;
        while (XmlStreaming.NextChild(reader, depth))
        {
            switch (reader.LocalName)
            {
                case "header":
                    header = G2Reader.ReadHeader(reader);
                    break;
                case "itemSet":
                    if (!XmlStreaming.Enter(reader, out var setDepth)) break;
                    while (XmlStreaming.NextChild(reader, setDepth))
                    {
                        if (reader.LocalName is "newsItem" or "packageItem") ReadItem(reader, ++index, header, assembler, document, context);
                        else reader.Skip();
                    }
                    break;
                case "newsItem" or "packageItem":
                    ReadItem(reader, ++index, header, assembler, document, context);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static void ReadItem(XmlReader reader, int index, G2Header? header, G2MessageAssembler assembler,
        DecodedDocument document, ParseContext context)
    {
        if (reader.LocalName == "packageItem")
        {
            var package = G2Reader.ReadPackageItem(reader);
            assembler.AddPackage(package, Where(document, index, package.Guid));
            return;
        }
        var item = G2Reader.ReadNewsItem(reader);
        assembler.AddNewsItem(item, G2Mapper.Map(item, header, Where(document, index, item.Guid), document, context));
    }

    private static string Where(DecodedDocument document, int index, string? guid) =>
        guid is null ? $"{document.Source.Name} item {index}" : $"{document.Source.Name} item {index} ({guid})";
}
