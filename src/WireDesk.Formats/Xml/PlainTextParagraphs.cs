namespace WireDesk.Formats.Xml;

/// <summary>
/// Paragraphs of plain text carried inside XML (G2 inlineData, NewsML 1 DataContent): blank lines separate
/// paragraphs; where the text has no blank line, each line is a paragraph. Lines of one paragraph are joined
/// with a space, as they were hard-wrapped for transmission.
/// </summary>
public static class PlainTextParagraphs
{
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var hasBlankLine = HasBlankLineBetweenText(lines);

        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = WhiteSpace.Collapse(line);
            if (trimmed.Length == 0 || !hasBlankLine)
            {
                Flush();
                if (trimmed.Length > 0) paragraphs.Add(trimmed);
                continue;
            }
            current.Add(trimmed);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count == 0) return;
            paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    private static bool HasBlankLineBetweenText(string[] lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) blankAfterText = seenText;
            else if (blankAfterText) return true;
            else seenText = true;
        }
        return false;
    }
}
