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
        if (XmlDeclarationEncoding(head) is { } declared) return declared;
        // Most documents have no meta tag: no need to wake the regex engine for them.
        if (!head.Contains("<meta", StringComparison.OrdinalIgnoreCase)) return null;
        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups["cs"].Value : null;
    }

    /// <summary>
    /// The encoding an XML declaration at the start names: what
    /// <c>^\s*&lt;\?xml[^&gt;]*?\sencoding\s*=\s*["'](?&lt;cs&gt;[A-Za-z0-9._:-]+)["']</c> (ignoring case) captures,
    /// read by hand because nearly every document has one and it is read before anything else.
    /// </summary>
    internal static string? XmlDeclarationEncoding(string head)
    {
        var at = 0;
        while (at < head.Length && char.IsWhiteSpace(head[at])) at++;
        if (!head.AsSpan(at).StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)) return null;
        for (var space = at + 5; space < head.Length && head[space] != '>'; space++)
        {
            if (!char.IsWhiteSpace(head[space])) continue;
            if (EncodingValueAfter(head, space + 1) is { } value) return value;
        }

        return null;
    }

    private static string? EncodingValueAfter(string head, int at)
    {
        if (!head.AsSpan(at).StartsWith("encoding", StringComparison.OrdinalIgnoreCase)) return null;
        at = SkipSpace(head, at + "encoding".Length);
        if (at >= head.Length || head[at] != '=') return null;
        at = SkipSpace(head, at + 1);
        if (at >= head.Length || head[at] is not ('"' or '\'')) return null;
        var start = ++at;
        while (at < head.Length && (char.IsAsciiLetterOrDigit(head[at]) || head[at] is '.' or '_' or ':' or '-')) at++;
        return at > start && at < head.Length && head[at] is '"' or '\'' ? head[start..at] : null;
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
