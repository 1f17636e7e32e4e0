using System.Xml.Linq;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>inlineXML: the element itself, holding NITF, XHTML, other markup or plain text.</summary>
public sealed record G2InlineXml(string? ContentType, XElement Container) : G2Content(ContentType);
