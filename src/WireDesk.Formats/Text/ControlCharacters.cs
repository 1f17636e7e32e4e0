using System.Numerics;
using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>C0 control characters (U+0000-U+001F) other than TAB, LF and CR: wire noise (SOH, STX, ETX, SYN ...).</summary>
internal static class ControlCharacters
{
    /// <summary>Strips C0 noise; with <paramref name="keepFraming"/> the ANPA-1312 / IPTC 7901 framing (SOH, STX, ETX, EOT, SYN) stays.</summary>
    public static (string Text, int Stripped) Strip(string text, bool keepFraming = false)
    {
        // Nearly every document has none: vectorized searches answer that.
        var first = FirstOtherThanLineBreaks(text.AsSpan());
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

    /// <summary>
    /// The index of the first C0 control other than TAB, LF and CR, in text or in bytes, or -1. Three range searches
    /// over the whole span (C0 without those three is three ranges) rather than one that stops at every line end.
    /// </summary>
    public static int FirstOtherThanLineBreaks<T>(ReadOnlySpan<T> span)
        where T : IBinaryInteger<T>
    {
        var first = span.IndexOfAnyInRange(T.CreateTruncating(0x00), T.CreateTruncating(0x08));
        var before = first < 0 ? span : span[..first];
        var found = before.IndexOfAnyInRange(T.CreateTruncating(0x0B), T.CreateTruncating(0x0C));
        if (found >= 0)
        {
            first = found;
            before = span[..first];
        }

        found = before.IndexOfAnyInRange(T.CreateTruncating(0x0E), T.CreateTruncating(0x1F));
        return found >= 0 ? found : first;
    }

    private static bool IsStripped(char c, bool keepFraming) =>
        c < '\u0020' && c is not '\t' and not '\n' and not '\r' && !(keepFraming && IsFraming(c));

    public static bool IsFraming(char c) => c is '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0016';
}
