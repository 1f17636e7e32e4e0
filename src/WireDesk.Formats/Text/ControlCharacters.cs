using System.Buffers;
using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>C0 control characters (U+0000-U+001F) other than TAB, LF and CR: wire noise (SOH, STX, ETX, SYN ...).</summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Noise = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Strips C0 noise; with <paramref name="keepFraming"/> the ANPA-1312 / IPTC 7901 framing (SOH, STX, ETX, EOT, SYN) stays.</summary>
    public static (string Text, int Stripped) Strip(string text, bool keepFraming = false)
    {
        // Nearly every document has none: one vectorized search answers that.
        var first = text.AsSpan().IndexOfAny(Noise);
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

    private static bool IsStripped(char c, bool keepFraming) =>
        c < '\u0020' && c is not '\t' and not '\n' and not '\r' && !(keepFraming && IsFraming(c));

    public static bool IsFraming(char c) => c is '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0016';
}
