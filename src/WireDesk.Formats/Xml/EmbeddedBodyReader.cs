using System.Xml.Linq;
using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Reads a body embedded in an envelope (G2 inlineXML and inlineData, NewsML 1 DataContent). The element inside
/// decides how it is read (nitf, html, body, body.content); the content type is only a hint, as agencies label the
/// same markup "application/nitf+xml", "text/xml", "application/xhtml+xml" or "text/html".
/// </summary>
public static class EmbeddedBodyReader
{
    public static EmbeddedBody FromContainer(XElement container, string? contentType)
    {
        var root = container.Elements().FirstOrDefault();
        if (root is null) return new EmbeddedBody(FromText(container.Value, contentType), null);

        switch (root.Name.LocalName)
        {
            case "nitf":
                var nitf = NitfReader.Read(root);
                return new EmbeddedBody(NitfMapper.Body(nitf), nitf);
            case "html":
                return Build(root.Child("body")?.Nodes() ?? root.Nodes(), XhtmlVocabulary.Instance);
            case "body" when root.Child("body.content") is { } nitfBodyContent:
                return Build(nitfBodyContent.Nodes(), NitfVocabulary.Instance);
            case "body":
                return Build(root.Nodes(), XhtmlVocabulary.Instance);
            case "body.content":
                return Build(root.Nodes(), NitfVocabulary.Instance);
            default:
                return Build(container.Nodes(), Mentions(contentType, "nitf") ? NitfVocabulary.Instance : XhtmlVocabulary.Instance);
        }
    }

    /// <summary>Text that is HTML by its content type is sanitized as HTML; any other text is split into paragraphs.</summary>
    public static StoryBody FromText(string text, string? contentType)
    {
        if (Mentions(contentType, "html")) return string.IsNullOrWhiteSpace(text) ? StoryBody.Empty : BodyBuilder.FromHtml(text);
        return PlainTextParagraphs.Split(text) is { Count: > 0 } paragraphs ? BodyBuilder.FromParagraphs(paragraphs) : StoryBody.Empty;
    }

    private static EmbeddedBody Build(IEnumerable<XNode> nodes, HtmlVocabulary vocabulary) =>
        new(XmlBodyWriter.Build(nodes, vocabulary), null);

    private static bool Mentions(string? contentType, string part) =>
        contentType?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
