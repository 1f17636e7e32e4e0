using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>C0 control characters (U+0000-U+001F) other than TAB, LF and CR: wire noise (SOH, STX, ETX, SYN ...).</summary>
internal static class ControlCharacters
{
    /// <summary>Strips C0 noise; with <paramref name="keepFraming"/> the ANPA-1312 / IPTC 7901 framing (SOH, STX, ETX, EOT, SYN) stays.</summary>
    public static (string Text, int Stripped) Strip(string text, bool keepFraming = false)
    {
        // Nearly every document has none: vectorized searches answer that.
        var first = FirstC0(text);
        if (first < 0) return (text, 0);

        var stripped = 0;
        foreach (var c in text.AsSpan(first))
            if (IsStripped(c, keepFraming)) stripped++;
        if (stripped == 0) return (text, 0);

        var result = new StringBuilder(text.Length - stripped);
        foreach (var c in text)
            if (!IsStripped(c, keepFraming)) result.Append(c);
        return (result.ToString(), stripped);
    }

    // Three range searches over the whole text (C0 without TAB, LF and CR is three ranges) rather than one that stops
    // at every line end.
    private static int FirstC0(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('\0', '\u0008');
        var before = first < 0 ? span : span[..first];
        var found = before.IndexOfAnyInRange('\u000B', '\u000C');
        if (found >= 0)
        {
            first = found;
            before = span[..first];
        }

        found = before.IndexOfAnyInRange('\u000E', '\u001F');
        return found >= 0 ? found : first;
    }

    private static bool IsStripped(char c, bool keepFraming) =>
        c < '\u0020' && c is not '\t' and not '\n' and not '\r' && !(keepFraming && IsFraming(c));

    public static bool IsFraming(char c) => c is '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0016';
}
