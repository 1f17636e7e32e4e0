namespace WireDesk.Formats.Syndication;

/// <summary>Turns an XML reader's 1-based line and column, counted from a start index, into a string index.</summary>
internal static class TextPositions
{
    public static int OffsetOf(string text, int start, int line, int column)
    {
        var i = start;
        for (var current = 1; current < line && i < text.Length; i++)
        {
            if (text[i] == '\n') current++;
            else if (text[i] == '\r')
            {
                current++;
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
        }

        return Math.Clamp(i + Math.Max(column, 1) - 1, start, text.Length);
    }
}
