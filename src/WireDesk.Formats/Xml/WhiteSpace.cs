namespace WireDesk.Formats.Xml;

/// <summary>
/// XML white space as HTML renders it: runs of space, tab, CR and LF become one space. No-break space (U+00A0)
/// and other Unicode spaces are text the agency chose and are kept.
/// </summary>
public static class WhiteSpace
{
    public static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Collapses runs to one space and trims the ends.</summary>
    public static string Collapse(string text)
    {
        if (text.Length == 0 || !NeedsCollapsing(text)) return text;
        var length = CollapsedLength(text);
        return length == 0 ? "" : string.Create(length, text, static (span, source) =>
        {
            var written = 0;
            var pendingSpace = false;
            foreach (var c in source)
            {
                if (IsXmlSpace(c))
                {
                    pendingSpace = written > 0;
                    continue;
                }
                if (pendingSpace) span[written++] = ' ';
                pendingSpace = false;
                span[written++] = c;
            }
        });
    }

    private static int CollapsedLength(string text)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsXmlSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) length++;
            pendingSpace = false;
            length++;
        }
        return length;
    }

    private static bool NeedsCollapsing(string text)
    {
        if (IsXmlSpace(text[0]) || IsXmlSpace(text[^1])) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r') return true;
            if (c == ' ' && i + 1 < text.Length && text[i + 1] == ' ') return true;
        }
        return false;
    }
}
