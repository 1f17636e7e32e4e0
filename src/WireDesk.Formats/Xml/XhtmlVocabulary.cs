using System.Xml.Linq;

namespace WireDesk.Formats.Xml;

/// <summary>XHTML bodies: element names are already HTML; the body sanitizer decides what survives.</summary>
public sealed class XhtmlVocabulary : HtmlVocabulary
{
    public static XhtmlVocabulary Instance { get; } = new();

    public override HtmlTreatment Treat(XElement element) => element.Name.LocalName switch
    {
        "script" or "style" or "head" or "title" or "meta" or "link" or "noscript" => HtmlTreatment.Drop,
        "html" or "body" or "span" or "font" => HtmlTreatment.Unwrap,
        var name => HtmlTreatment.Element(name),
    };
}
