using System.Text;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Text;

/// <summary>Charsets a document names for itself: HTTP Content-Type, the XML declaration, an HTML meta tag.</summary>
internal static partial class DeclaredCharset
{
    private const int SniffBytes = 4096;

    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>The charset an XML declaration or HTML meta tag names in the first bytes, read as ASCII.</summary>
    public static string? FromMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success) return xml.Groups["cs"].Value;
        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]*?\sencoding\s*=\s*[""'](?<cs>[A-Za-z0-9._:-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
