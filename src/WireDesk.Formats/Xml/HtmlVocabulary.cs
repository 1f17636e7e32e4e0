using System.Xml.Linq;

namespace WireDesk.Formats.Xml;

/// <summary>How a body vocabulary (XHTML, NITF) maps onto the HTML handed to the body sanitizer.</summary>
public abstract class HtmlVocabulary
{
    public abstract HtmlTreatment Treat(XElement element);

    /// <summary>The HTML attribute name for an XML attribute of an element written as <paramref name="htmlElement"/>; null drops it.</summary>
    public virtual string? AttributeName(string htmlElement, XAttribute attribute) =>
        attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None ? null : attribute.Name.LocalName;
}
