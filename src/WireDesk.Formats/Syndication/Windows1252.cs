namespace WireDesk.Formats.Syndication;

/// <summary>
/// Publishers on Windows write <c>&amp;#146;</c> meaning windows-1252's right quote, though in XML it names the C1
/// control U+0092. This maps the 32 C1 code points to what windows-1252 puts there (five are unassigned).
/// </summary>
internal static class Windows1252
{
    private static readonly char[] C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The intended character for a numeric reference <c>text[amp..end]</c> to a C1 control, else null.</summary>
    public static char? FromC1Reference(string text, int amp, int end)
    {
        if (end - amp < 4 || text[amp + 1] != '#' || text[end - 1] != ';') return null;
        var digits = text.AsSpan(amp + 2, end - amp - 3);
        var hex = digits[0] is 'x' or 'X';
        if (hex) digits = digits[1..];
        if (digits.Length is 0 or > 6) return null;
        var value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : hex && char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0) return null;
            value = value * (hex ? 16 : 10) + digit;
        }

        if (value is < 0x80 or > 0x9F) return null;
        var intended = C1[value - 0x80];
        return intended == (char)value ? null : intended;
    }
}
