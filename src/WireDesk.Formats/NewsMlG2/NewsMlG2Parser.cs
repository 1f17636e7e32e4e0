using System.Xml;
using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// NewsML-G2 2.x: a bare newsItem or packageItem, or a newsMessage whose itemSet holds many. The document is
/// streamed: each item is read into its own small tree, mapped, and let go. A fault in the XML keeps the items
/// read before it and reports where it stopped.
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
                        AddItem((XElement)XNode.ReadFrom(reader), 1, null, assembler, document, context);
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

    private static void ReadMessage(XmlReader reader, G2MessageAssembler assembler, DecodedDocument document, ParseContext context)
    {
        G2Header? header = null;
        var index = 0;
        foreach (var element in ChildElements(reader, descendInto: "itemSet"))
        {
            if (element.Name.LocalName == "header") header = G2Reader.ReadHeader(element);
            else if (element.Name.LocalName is "newsItem" or "packageItem") AddItem(element, ++index, header, assembler, document, context);
        }
    }

    private static void AddItem(XElement element, int index, G2Header? header, G2MessageAssembler assembler,
        DecodedDocument document, ParseContext context)
    {
        var where = $"{document.Source.Name} item {index}" + (element.Attr("guid") is { } guid ? $" ({guid})" : "");
        if (element.Name.LocalName == "packageItem")
        {
            assembler.AddPackage(G2Reader.ReadPackageItem(element), where);
            return;
        }
        var item = G2Reader.ReadNewsItem(element);
        assembler.AddNewsItem(item, G2Mapper.Map(item, header, where, document, context));
    }

    /// <summary>
    /// The child elements of the element the reader is on, each read as its own tree, except that the children of
    /// <paramref name="descendInto"/> are yielded in its place.
    /// </summary>
    private static IEnumerable<XElement> ChildElements(XmlReader reader, string descendInto)
    {
        if (reader.IsEmptyElement) yield break;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == descendInto)
            {
                foreach (var child in ChildElements(reader, descendInto: "")) yield return child;
                reader.Read();
            }
            else
            {
                yield return (XElement)XNode.ReadFrom(reader);
            }
        }
    }
}
