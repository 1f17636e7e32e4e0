namespace WireDesk.Formats.Syndication;

/// <summary>Plain-text feed content (Atom <c>type="text"</c>, JSON Feed <c>content_text</c>) cut into paragraphs.</summary>
internal static class PlainParagraphs
{
    /// <summary>Paragraphs are separated by blank lines; lines inside a paragraph are kept as written.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        while (start < normalized.Length)
        {
            var gap = normalized.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = gap < 0 ? normalized.Length : gap;
            var paragraph = normalized[start..end].Trim();
            if (paragraph.Length > 0) yield return paragraph;
            start = end;
            while (start < normalized.Length && char.IsWhiteSpace(normalized[start])) start++;
        }
    }
}
