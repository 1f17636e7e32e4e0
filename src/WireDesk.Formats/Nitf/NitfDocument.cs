using System.Xml.Linq;

namespace WireDesk.Formats.Nitf;

/// <summary>A NITF 3.x document as the spec shapes it: head (with docdata), body.head, body.content, body.end.</summary>
public sealed record NitfDocument(NitfHead Head, NitfBodyHead BodyHead, XElement? BodyContent, XElement? BodyEnd)
{
    /// <summary>xml:lang of body, nitf or head, or nitf/@baselang.</summary>
    public string? Language { get; init; }
}
