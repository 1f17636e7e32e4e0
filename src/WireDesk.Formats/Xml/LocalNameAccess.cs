using System.Xml.Linq;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Element and attribute access by local name. Agency XML is matched without namespaces on purpose: the same
/// format arrives namespaced, un-namespaced and with wrong namespace URIs.
/// </summary>
public static class LocalNameAccess
{
    public static XElement? Child(this XElement element, string localName)
    {
        foreach (var child in element.Elements())
            if (child.Name.LocalName == localName) return child;
        return null;
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName)
    {
        foreach (var child in element.Elements())
            if (child.Name.LocalName == localName) yield return child;
    }

    public static XElement? Descendant(this XElement element, string localName)
    {
        foreach (var descendant in element.Descendants())
            if (descendant.Name.LocalName == localName) return descendant;
        return null;
    }

    /// <summary>The attribute's value when present and not blank, matched by local name in any namespace but xml:.</summary>
    public static string? Attr(this XElement? element, string localName)
    {
        if (element is null) return null;
        foreach (var attribute in element.Attributes())
            if (attribute.Name.LocalName == localName && attribute.Name.Namespace != XNamespace.Xml && !attribute.IsNamespaceDeclaration)
                return string.IsNullOrWhiteSpace(attribute.Value) ? null : attribute.Value.Trim();
        return null;
    }

    /// <summary>xml:lang on the element itself.</summary>
    public static string? Lang(this XElement? element) =>
        element?.Attribute(XNamespace.Xml + "lang")?.Value is { Length: > 0 } lang ? lang.Trim() : null;

    /// <summary>The element's text with white space collapsed as a reader sees it; null when blank or absent.</summary>
    public static string? Text(this XElement? element) =>
        element is null ? null : WhiteSpace.Collapse(element.Value) is { Length: > 0 } text ? text : null;

    /// <summary>The text of the first child with that local name.</summary>
    public static string? ChildText(this XElement element, string localName) => element.Child(localName).Text();
}
