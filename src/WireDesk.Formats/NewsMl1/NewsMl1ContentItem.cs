using System.Xml.Linq;

namespace WireDesk.Formats.NewsMl1;

/// <summary>ContentItem: its media type, format and MIME type, and the DataContent or Href holding the content.</summary>
public sealed record NewsMl1ContentItem(string? MediaType, string? Format, string? MimeType, string? Href, XElement? DataContent)
{
    /// <summary>Encoding/@Notation, such as base64, when the data content is encoded.</summary>
    public string? Notation { get; init; }

    public bool IsText => MediaType is not null
        ? MediaType.Equals("Text", StringComparison.OrdinalIgnoreCase)
        : MimeType is null || Contains(MimeType, "text") || Contains(MimeType, "html") || Contains(MimeType, "xml");

    private static bool Contains(string? value, string part) => value?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
