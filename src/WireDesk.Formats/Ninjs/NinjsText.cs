namespace WireDesk.Formats.Ninjs;

/// <summary>
/// A headline, body or description: a 2.x/3.x array member ({role, contentType, value}) or a 1.x flat field
/// (headline, body_text, body_xhtml, description_text ... where the suffix is the role).
/// </summary>
public sealed record NinjsText(string? Role, string? ContentType, string Value)
{
    /// <summary>HTML or XHTML markup: by content type, else by role, else by a value that opens with a tag.</summary>
    public bool IsHtml =>
        ContentType is { } type
            ? type.Contains("html", StringComparison.OrdinalIgnoreCase)
            : Role is { } role && (role.Contains("html", StringComparison.OrdinalIgnoreCase) || role.Equals("richtext", StringComparison.OrdinalIgnoreCase))
              || Value.TrimStart().StartsWith('<');

    /// <summary>Other markup this parser does not render (NITF, TT's own XML): never used as the body.</summary>
    public bool IsOtherMarkup =>
        !IsHtml && ContentType is { } type
        && (type.Contains("xml", StringComparison.OrdinalIgnoreCase) || type.Contains("nitf", StringComparison.OrdinalIgnoreCase));

    public bool HasRole(string role) => string.Equals(Role, role, StringComparison.OrdinalIgnoreCase);
}
