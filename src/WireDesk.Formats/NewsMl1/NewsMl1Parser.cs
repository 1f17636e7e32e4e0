using System.Xml;
using System.Xml.Linq;
using WireDesk.Core.Stories;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsML 1.2: a NewsML document with a NewsEnvelope and one or more NewsItems, streamed item by item.</summary>
public sealed class NewsMl1Parser : IStoryParser
{
    public string Format => NewsMl1Mapper.Format;

    public ParseResult Parse(DecodedDocument document, ParseContext context)
    {
        if (!SafeXml.TryOpen(document, context, out var reader, out var error)) return new ParseResult([], [error]);

        var name = document.Source.Name;
        var stories = new List<Story>();
        var errors = new List<ParseError>();
        using (reader)
        {
            try
            {
                reader.MoveToContent();
                if (reader.LocalName != "NewsML")
                    return ParseResult.Failed(name, $"root element is <{reader.LocalName}>, not <NewsML>");

                NewsMl1Envelope? envelope = null;
                var index = 0;
                foreach (var element in ChildElements(reader))
                {
                    if (element.Name.LocalName == "NewsEnvelope")
                    {
                        envelope = NewsMl1Reader.ReadEnvelope(element);
                    }
                    else if (element.Name.LocalName == "NewsItem")
                    {
                        var where = $"{name} NewsItem {++index}";
                        var mapped = NewsMl1Mapper.Map(NewsMl1Reader.ReadItem(element), envelope, where, document, context);
                        if (mapped.Story is { } story) stories.Add(story);
                        else errors.Add(mapped.Error!);
                    }
                }
            }
            catch (XmlException exception)
            {
                errors.Add(SafeXml.Describe(name, exception));
            }
        }
        return new ParseResult(stories, errors);
    }

    private static IEnumerable<XElement> ChildElements(XmlReader reader)
    {
        if (reader.IsEmptyElement) yield break;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element) yield return (XElement)XNode.ReadFrom(reader);
            else reader.Read();
        }
    }
}
