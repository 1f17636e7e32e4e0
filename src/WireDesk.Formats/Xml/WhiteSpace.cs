using System.Text;

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
        if (text.Length == 0) return text;
        if (!NeedsCollapsing(text)) return text;

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsXmlSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
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
