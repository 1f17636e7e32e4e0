using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.Nitf;

/// <summary>NITF body markup as HTML: block elements to their HTML kin, inline semantic markup unwrapped.</summary>
public sealed class NitfVocabulary : HtmlVocabulary
{
    public static NitfVocabulary Instance { get; } = new();

    public override HtmlTreatment Treat(XElement element) => element.Name.LocalName switch
    {
        "p" or "table" or "caption" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "col" or "colgroup"
            or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "br" or "hr" or "em" or "a" or "pre" or "q"
            or "sub" or "sup" => HtmlTreatment.Element(element.Name.LocalName),
        "hl2" => HtmlTreatment.Element("h2"),
        "tagline" => HtmlTreatment.Element("p"),
        "bq" => HtmlTreatment.Element("blockquote"),
        "credit" => HtmlTreatment.Element("p"),
        "media" => HtmlTreatment.Element("figure"),
        "media-reference" => IsImage(element) ? HtmlTreatment.Element("img") : HtmlTreatment.Drop,
        "media-caption" => HtmlTreatment.Element("figcaption"),
        "media-metadata" or "media-object" or "media-producer" or "bibliography" or "body.head" => HtmlTreatment.Drop,
        // note/@type: "npa" marks a non-publishable note, for editors only.
        "note" when element.Attr("type") == "npa" => HtmlTreatment.Drop,
        _ => HtmlTreatment.Unwrap,
    };

    public override string? AttributeName(string htmlElement, XAttribute attribute) => (htmlElement, attribute.Name.LocalName) switch
    {
        ("img", "source") => "src",
        ("img", "alternate-text") => "alt",
        ("a", "href") or ("a", "title") => attribute.Name.LocalName,
        ("td" or "th", "colspan" or "rowspan") => attribute.Name.LocalName,
        _ => null,
    };

    private static bool IsImage(XElement mediaReference) =>
        mediaReference.Parent.Attr("media-type") is null or "image" or "photo" or "graphic"
        || mediaReference.Attr("mime-type")?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;
}
