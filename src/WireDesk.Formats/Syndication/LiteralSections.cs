namespace WireDesk.Formats.Syndication;

/// <summary>
/// Answers "is this position inside a CDATA section, comment or processing instruction?" for positions asked in
/// increasing order, finding those sections lazily so a document with nothing to repair costs nothing.
/// </summary>
internal sealed class LiteralSections(string text)
{
    private const int Unknown = -2;
    private int scannedTo;
    private int nextCdata = Unknown;
    private int nextComment = Unknown;
    private int nextInstruction = Unknown;

    public bool Contains(int position)
    {
        while (true)
        {
            nextCdata = Next(nextCdata, "<![CDATA[");
            nextComment = Next(nextComment, "<!--");
            nextInstruction = Next(nextInstruction, "<?");
            var start = Earliest(nextCdata, nextComment, nextInstruction);
            if (start < 0 || start > position) return false;

            var terminator = start == nextCdata ? "]]>" : start == nextComment ? "-->" : "?>";
            var end = text.IndexOf(terminator, start + 2, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + terminator.Length;
            if (position < end) return true;
            scannedTo = end;
        }
    }

    private int Next(int known, string marker) =>
        known == Unknown || (known >= 0 && known < scannedTo) ? text.IndexOf(marker, scannedTo, StringComparison.Ordinal) : known;

    private static int Earliest(int a, int b, int c)
    {
        var min = -1;
        foreach (var candidate in (ReadOnlySpan<int>)[a, b, c])
            if (candidate >= 0 && (min < 0 || candidate < min)) min = candidate;
        return min;
    }
}
