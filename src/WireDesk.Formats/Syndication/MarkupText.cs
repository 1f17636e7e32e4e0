using System.Buffers;
using System.Net;
using System.Text;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Headlines and summaries are plain text on the canonical story, but feeds carry them as HTML more often than
/// not. This reduces a fragment to its text in one pass, without building a DOM: tags go, block boundaries
/// become spaces, script/style/comments are dropped, character references are decoded, whitespace collapses.
/// Bodies are not made here: they go through <c>BodyBuilder</c>, which sanitizes.
/// </summary>
internal static class MarkupText
{
    public static string ToPlainText(string html)
    {
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return CollapseWhitespace(html);

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('<', '&');
            if (next < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, next);
            i += next;
            i = html[i] == '&' ? AppendReference(html, i, text) : SkipMarkup(html, i, text);
        }

        return CollapseWhitespace(text.ToString());
    }

    /// <summary>Runs of HTML whitespace (space, tab, line breaks, form feed) become one space; a no-break space is
    /// text, as in HTML, and stays.</summary>
    public static string CollapseWhitespace(string text)
    {
        var span = text.AsSpan().Trim(HtmlWhitespace);
        // Work is needed for whitespace other than a space, or two spaces in a row.
        var needsWork = span.IndexOfAny("\t\n\r\f") >= 0 || span.Contains("  ", StringComparison.Ordinal);
        if (!needsWork) return span.Length == text.Length ? text : span.ToString();

        var result = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (IsHtmlWhitespace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }

        return result.ToString();
    }

    private const string HtmlWhitespace = " \t\n\r\f";

    private static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int AppendReference(string html, int amp, StringBuilder text)
    {
        var limit = Math.Min(html.Length, amp + 34);
        var semicolon = html.IndexOf(';', amp + 1, limit - amp - 1);
        if (semicolon > amp + 1)
        {
            var reference = html.Substring(amp, semicolon - amp + 1);
            // HTML (unlike XML) reads &#128;-&#159; as the windows-1252 characters publishers meant.
            if (Windows1252.FromC1Reference(html, amp, semicolon + 1) is { } intended)
            {
                text.Append(intended);
                return semicolon + 1;
            }

            var decoded = WebUtility.HtmlDecode(reference);
            if (!string.Equals(decoded, reference, StringComparison.Ordinal))
            {
                text.Append(decoded);
                return semicolon + 1;
            }
        }

        text.Append('&');
        return amp + 1;
    }

    private static int SkipMarkup(string html, int lt, StringBuilder text)
    {
        var rest = html.AsSpan(lt);
        if (rest.StartsWith("<!--")) return SkipPast(html, lt + 4, "-->");
        if (rest.StartsWith("<![CDATA["))
        {
            var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            if (end < 0) end = html.Length;
            text.Append(html, lt + 9, end - lt - 9);
            return Math.Min(html.Length, end + 3);
        }

        var nameStart = lt + 1;
        var closing = nameStart < html.Length && html[nameStart] == '/';
        if (closing) nameStart++;
        var declaration = !closing && nameStart + 1 < html.Length && html[nameStart] is '!' or '?' && char.IsAsciiLetter(html[nameStart + 1]);
        if (nameStart >= html.Length || !(char.IsAsciiLetter(html[nameStart]) || declaration))
        {
            // "1 < 2" is text, not a tag.
            text.Append('<');
            return lt + 1;
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-')) nameEnd++;
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        var tagEnd = TagEnd(html, nameEnd);
        if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            return SkipPastClosingTag(html, tagEnd, name);

        if (IsBlock(name)) text.Append(' ');
        return tagEnd;
    }

    private static bool IsBlock(ReadOnlySpan<char> name) =>
        AsciiNames.Lower(name, stackalloc char[AsciiNames.MaxLength]) is
            "p" or "div" or "br" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "td" or "th"
            or "table" or "blockquote" or "section" or "article" or "header" or "footer" or "figure" or "figcaption" or "pre"
            or "hr" or "dd" or "dt";

    /// <summary>The index after the tag's closing '&gt;', stepping over quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }

            // A quote opens a value only right after '='; a stray one (href=x") is just a character.
            if (c is '"' or '\'' && afterEquals) quote = c;
            else if (c == '>') return i + 1;
            if (!char.IsWhiteSpace(c)) afterEquals = c == '=';
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var end = html.IndexOf(marker, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    private static int SkipPastClosingTag(string html, int from, ReadOnlySpan<char> closingTag)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var candidate = html.AsSpan(i + 2);
            if (candidate.StartsWith(closingTag, StringComparison.OrdinalIgnoreCase)) return TagEnd(html, i + 2);
        }

        return html.Length;
    }
}
