using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>C0 control characters (U+0000-U+001F) other than TAB, LF and CR: wire noise (SOH, STX, ETX, SYN ...).</summary>
internal static class ControlCharacters
{
    public static (string Text, int Stripped) Strip(string text)
    {
        var stripped = 0;
        foreach (var c in text)
            if (IsStripped(c)) stripped++;
        if (stripped == 0) return (text, 0);

        var result = new StringBuilder(text.Length - stripped);
        foreach (var c in text)
            if (!IsStripped(c)) result.Append(c);
        return (result.ToString(), stripped);
    }

    private static bool IsStripped(char c) => c < '\u0020' && c is not '\t' and not '\n' and not '\r';
}
