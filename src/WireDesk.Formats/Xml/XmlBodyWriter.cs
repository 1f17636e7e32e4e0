using System.Net;
using System.Text;
using System.Xml.Linq;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Turns the body of an XML story (XHTML, NITF body.content) into a <see cref="StoryBody"/> through
/// <see cref="BodyBuilder"/>. Bodies made only of plain paragraphs, the common case on the wire, skip the HTML
/// sanitizer; anything richer is written as HTML and sanitized.
/// </summary>
public static class XmlBodyWriter
{
    private static readonly HashSet<string> BlockElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "figure", "pre", "div", "hr",
    ];

    private static readonly HashSet<string> VoidElements = ["br", "hr", "img"];

    public static StoryBody Build(IEnumerable<XNode> nodes, HtmlVocabulary vocabulary)
    {
        var list = nodes as IReadOnlyList<XNode> ?? nodes.ToList();
        if (PlainParagraphs(list, vocabulary) is { } paragraphs)
            return paragraphs.Count == 0 ? StoryBody.Empty : BodyBuilder.FromParagraphs(paragraphs);

        var html = new StringBuilder();
        WriteTopLevel(list, vocabulary, html);
        return html.Length == 0 ? StoryBody.Empty : BodyBuilder.FromHtml(html.ToString());
    }

    private static List<string>? PlainParagraphs(IReadOnlyList<XNode> nodes, HtmlVocabulary vocabulary)
    {
        var paragraphs = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text when IsBlank(text.Value):
                    continue;
                case XElement element when !element.HasElements && vocabulary.Treat(element) is { Kind: HtmlTreatmentKind.Element, HtmlName: "p" }:
                    if (element.Text() is { } paragraph) paragraphs.Add(paragraph);
                    continue;
                case XElement element when vocabulary.Treat(element).Kind == HtmlTreatmentKind.Drop:
                    continue;
                default:
                    return null;
            }
        }
        return paragraphs;
    }

    // Loose text and inline markup between blocks is wrapped in <p> so that no agency text falls outside a paragraph.
    private static void WriteTopLevel(IReadOnlyList<XNode> nodes, HtmlVocabulary vocabulary, StringBuilder html)
    {
        var inlineRun = new StringBuilder();
        foreach (var node in Flatten(nodes, vocabulary))
        {
            if (node is XElement element && vocabulary.Treat(element) is { Kind: HtmlTreatmentKind.Element, HtmlName: { } name }
                && BlockElements.Contains(name))
            {
                FlushInline(inlineRun, html);
                WriteNode(element, vocabulary, html, preformatted: false);
            }
            else
            {
                WriteNode(node, vocabulary, inlineRun, preformatted: false);
            }
        }
        FlushInline(inlineRun, html);
    }

    // Top-level wrappers that are unwrapped (NITF block, XHTML body) contribute their children as top-level nodes.
    private static IEnumerable<XNode> Flatten(IEnumerable<XNode> nodes, HtmlVocabulary vocabulary)
    {
        foreach (var node in nodes)
        {
            if (node is XElement element && vocabulary.Treat(element).Kind == HtmlTreatmentKind.Unwrap
                && element.Elements().Any(child => vocabulary.Treat(child) is { Kind: HtmlTreatmentKind.Element, HtmlName: { } n } && BlockElements.Contains(n)))
            {
                foreach (var inner in Flatten(element.Nodes(), vocabulary)) yield return inner;
            }
            else
            {
                yield return node;
            }
        }
    }

    private static void FlushInline(StringBuilder inlineRun, StringBuilder html)
    {
        if (inlineRun.Length == 0) return;
        if (!IsBlank(inlineRun.ToString()))
            html.Append("<p>").Append(inlineRun).Append("</p>");
        inlineRun.Clear();
    }

    private static void WriteNode(XNode node, HtmlVocabulary vocabulary, StringBuilder html, bool preformatted)
    {
        switch (node)
        {
            case XText text:
                var value = preformatted ? text.Value : CollapseKeepingEdges(text.Value);
                html.Append(WebUtility.HtmlEncode(value));
                break;
            case XElement element:
                WriteElement(element, vocabulary, html, preformatted);
                break;
        }
    }

    private static void WriteElement(XElement element, HtmlVocabulary vocabulary, StringBuilder html, bool preformatted)
    {
        var treatment = vocabulary.Treat(element);
        if (treatment.Kind == HtmlTreatmentKind.Drop) return;
        if (treatment.Kind == HtmlTreatmentKind.Unwrap || treatment.HtmlName is null)
        {
            foreach (var child in element.Nodes()) WriteNode(child, vocabulary, html, preformatted);
            return;
        }

        var name = treatment.HtmlName;
        html.Append('<').Append(name);
        foreach (var attribute in element.Attributes())
        {
            if (vocabulary.AttributeName(name, attribute) is not { } attributeName) continue;
            html.Append(' ').Append(attributeName).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
        }
        html.Append('>');
        if (VoidElements.Contains(name)) return;

        var inPre = preformatted || name == "pre";
        foreach (var child in element.Nodes()) WriteNode(child, vocabulary, html, inPre);
        html.Append("</").Append(name).Append('>');
    }

    private static string CollapseKeepingEdges(string text)
    {
        if (text.Length == 0) return text;
        var collapsed = WhiteSpace.Collapse(text);
        if (collapsed.Length == 0) return " ";
        var leading = WhiteSpace.IsXmlSpace(text[0]) ? " " : "";
        var trailing = WhiteSpace.IsXmlSpace(text[^1]) ? " " : "";
        return leading.Length + trailing.Length == 0 ? collapsed : string.Concat(leading, collapsed, trailing);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!WhiteSpace.IsXmlSpace(c)) return false;
        return true;
    }
}
