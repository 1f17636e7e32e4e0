using System.Net;
using System.Text;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Agencies put HTML named entities (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>, <c>&amp;mdash;</c>) in XML that declares
/// no DTD for them, and with DTDs ignored an XML parser rejects them. Known HTML names are rewritten to numeric
/// character references before parsing; unknown names are left alone so the parser reports them.
/// </summary>
public static class HtmlEntityRecovery
{
    // The longest HTML 4 entity name is 8 characters ("thetasym"); leave room for HTML 5 names.
    private const int MaxNameLength = 32;

    /// <summary>The text with known HTML named entities turned into numeric references; the same instance when none.</summary>
    public static string ToNumericReferences(string text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0) return text;

        StringBuilder? builder = null;
        var copiedUpTo = 0;
        while (amp >= 0)
        {
            var end = NameEnd(text, amp + 1);
            if (end > amp + 1 && end < text.Length && text[end] == ';')
            {
                var name = text.AsSpan(amp + 1, end - amp - 1);
                if (!IsXmlPredefined(name) && Decode(name) is { } codePoint)
                {
                    builder ??= new StringBuilder(text.Length + 16);
                    builder.Append(text, copiedUpTo, amp - copiedUpTo).Append("&#").Append(codePoint).Append(';');
                    copiedUpTo = end + 1;
                }
            }
            amp = text.IndexOf('&', amp + 1);
        }

        if (builder is null) return text;
        return builder.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private static int NameEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxNameLength);
        var i = start;
        while (i < limit && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i;
    }

    private static bool IsXmlPredefined(ReadOnlySpan<char> name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos";

    private static int? Decode(ReadOnlySpan<char> name)
    {
        if (!char.IsAsciiLetter(name[0])) return null;
        var reference = string.Concat("&", name, ";");
        var decoded = WebUtility.HtmlDecode(reference);
        if (decoded == reference || decoded.Length == 0) return null;
        return char.ConvertToUtf32(decoded, 0);
    }
}
