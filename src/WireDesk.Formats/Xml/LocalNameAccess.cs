using System.Xml.Linq;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Element and attribute access by local name. Agency XML is matched without namespaces on purpose: the same
/// format arrives namespaced, un-namespaced and with wrong namespace URIs. These walk sibling links rather than
/// LINQ to XML's iterators, which allocate on every call; they run for every property of every item.
/// </summary>
public static class LocalNameAccess
{
    public static XElement? Child(this XElement element, string localName)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
            if (node is XElement child && child.Name.LocalName == localName) return child;
        return null;
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
            if (node is XElement child && child.Name.LocalName == localName) yield return child;
    }

    /// <summary>The attribute's value when present and not blank, matched by local name in any namespace but xml:.</summary>
    public static string? Attr(this XElement? element, string localName)
    {
        if (element is null) return null;
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.Name.LocalName != localName || attribute.Name.Namespace == XNamespace.Xml || attribute.IsNamespaceDeclaration)
                continue;
            return string.IsNullOrWhiteSpace(attribute.Value) ? null : attribute.Value.Trim();
        }
        return null;
    }

    /// <summary>xml:lang on the element itself.</summary>
    public static string? Lang(this XElement? element)
    {
        if (element is null) return null;
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
            if (attribute.Name.LocalName == "lang" && attribute.Name.Namespace == XNamespace.Xml)
                return attribute.Value.Length > 0 ? attribute.Value.Trim() : null;
        return null;
    }

    /// <summary>The element's text with white space collapsed as a reader sees it; null when blank or absent.</summary>
    public static string? Text(this XElement? element) =>
        element is null ? null : WhiteSpace.Collapse(element.Value) is { Length: > 0 } text ? text : null;

    /// <summary>The text of the first child with that local name.</summary>
    public static string? ChildText(this XElement element, string localName) => element.Child(localName).Text();
}
