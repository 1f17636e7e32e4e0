namespace WireDesk.Formats.Text;

/// <summary>
/// A cheap upper bound on how deep body HTML nests, read from its tags alone, so that hostile nesting never reaches
/// the HTML parser's and sanitizer's recursive walks. Tags that an HTML parser closes by itself (p, li, td ...) and
/// void elements (br, img ...) do not count, so sloppy but real agency HTML stays far below the limit.
/// </summary>
internal static class HtmlNesting
{
    public const int Max = 256;

    /// <summary>Tags an HTML parser closes by itself (p, li, td ...) and void elements (br, img ...).</summary>
    private static bool NotNesting(ReadOnlySpan<char> name) =>
        AsciiNames.Lower(name, stackalloc char[AsciiNames.MaxLength]) is
            "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "option" or "optgroup"
            or "rb" or "rt" or "rp" or "colgroup" or "caption" or "br" or "img" or "hr" or "meta" or "link" or "input" or "col"
            or "area" or "base" or "embed" or "param" or "source" or "track" or "wbr";

    public static bool TooDeep(string html)
    {
        var depth = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var closing = html[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || !char.IsAsciiLetter(html[start]) || NotNesting(html.AsSpan(start, end - start))) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (++depth > Max) return true;
        }
        return false;
    }

    private static bool Breaking(ReadOnlySpan<char> name) =>
        AsciiNames.Lower(name, stackalloc char[AsciiNames.MaxLength]) is
            "p" or "div" or "br" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "tr" or "section"
            or "article" or "pre";

    /// <summary>The text of the markup, with tags left out, references decoded and a paragraph at each block tag.</summary>
    public static IEnumerable<string> TextOnly(string html)
    {
        var text = new System.Text.StringBuilder();
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0) open = html.Length;
            text.Append(html, at, open - at);
            if (open == html.Length) break;
            var close = html.IndexOf('>', open);
            if (close < 0) break;
            var name = html.AsSpan(open + 1, close - open - 1).TrimStart('/');
            var length = 0;
            while (length < name.Length && char.IsAsciiLetterOrDigit(name[length])) length++;
            if (Breaking(name[..length])) text.Append('\n');
            at = close + 1;
        }
        foreach (var line in System.Net.WebUtility.HtmlDecode(text.ToString()).Split('\n'))
            if (Xml.WhiteSpace.Collapse(line) is { Length: > 0 } paragraph) yield return paragraph;
    }
}
