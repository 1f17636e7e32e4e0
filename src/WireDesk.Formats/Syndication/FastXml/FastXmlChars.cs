using System.Numerics;
using System.Runtime.InteropServices;
using System.Xml;

namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>Character rules of the fast reader: names, references, and the characters no XML reader accepts.</summary>
internal static class FastXmlChars
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private const byte NameStart = 1;
    private const byte NamePart = 2;

    // ASCII name characters the standard reader certainly accepts: letters and '_' start a name; digits, '-'
    // and '.' may follow. ':' is handled by the caller (one colon between two NCNames).
    private static ReadOnlySpan<byte> AsciiNameClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];

    // Beyond ASCII the standard reader's own tables decide (XmlConvert asks the same ones); surrogates never.
    public static bool IsNameStart(char c) =>
        c < 128 ? (AsciiNameClass[c] & NameStart) != 0 : !char.IsSurrogate(c) && XmlConvert.IsStartNCNameChar(c);

    public static bool IsNamePart(char c) =>
        c < 128 ? (AsciiNameClass[c] & NamePart) != 0 : !char.IsSurrogate(c) && XmlConvert.IsNCNameChar(c);

    public static bool IsWhitespace(char c) => c is ' ' or '\n' or '\t' or '\r';

    /// <summary>
    /// The code point of the reference at <paramref name="at"/> (an '&amp;'), with <paramref name="end"/> just
    /// after its ';'; or -1 for anything but the five predefined entities and a character reference to a
    /// character XML allows.
    /// </summary>
    public static int Reference(string text, int at, out int end)
    {
        end = at;
        var length = text.Length;
        var p = at + 1;
        if (p >= length) return -1;
        if (text[p] == '#')
        {
            p++;
            int value = 0, digits = 0;
            if (p < length && text[p] == 'x')
            {
                for (p++; p < length; p++)
                {
                    var digit = HexValue(text[p]);
                    if (digit < 0) break;
                    if (++digits > 6) return -1;
                    value = value * 16 + digit;
                }
            }
            else
            {
                for (; p < length && text[p] is >= '0' and <= '9'; p++)
                {
                    if (++digits > 7) return -1;
                    value = value * 10 + (text[p] - '0');
                }
            }

            if (digits == 0 || p >= length || text[p] != ';' || !IsAllowedCharacter(value)) return -1;
            end = p + 1;
            return value;
        }

        var rest = text.AsSpan(p);
        if (rest.StartsWith("lt;")) { end = p + 3; return '<'; }
        if (rest.StartsWith("gt;")) { end = p + 3; return '>'; }
        if (rest.StartsWith("amp;")) { end = p + 4; return '&'; }
        if (rest.StartsWith("quot;")) { end = p + 5; return '"'; }
        if (rest.StartsWith("apos;")) { end = p + 5; return '\''; }
        return -1;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // XML 1.0 Char, which CheckCharacters=false would widen; staying inside it is the safe side.
    private static bool IsAllowedCharacter(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>
    /// Whether the text holds a character the standard reader refuses even with CheckCharacters off: a C0
    /// control other than TAB, LF, CR; a surrogate out of pair; U+FFFE or U+FFFF. One vector pass.
    /// </summary>
    public static bool HasForbiddenCharacter(string text)
    {
        var chars = text.AsSpan();
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<ushort>.Count;
            var space = new Vector<ushort>(0x20);
            var tab = new Vector<ushort>(0x9);
            var lineFeed = new Vector<ushort>(0xA);
            var carriageReturn = new Vector<ushort>(0xD);
            var surrogateBase = new Vector<ushort>(0xD800);
            var surrogateRange = new Vector<ushort>(0x800);
            var nonCharacters = new Vector<ushort>(0xFFFE);
            while (i <= units.Length - width)
            {
                var v = new Vector<ushort>(units.Slice(i, width));
                var control = Vector.LessThan(v, space) & ~(Vector.Equals(v, tab) | Vector.Equals(v, lineFeed) | Vector.Equals(v, carriageReturn));
                var suspect = control | Vector.LessThan(v - surrogateBase, surrogateRange) | Vector.GreaterThanOrEqual(v, nonCharacters);
                if (suspect == Vector<ushort>.Zero)
                {
                    i += width;
                    continue;
                }

                for (var blockEnd = i + width; i < blockEnd;)
                    if (!Allowed(chars, ref i)) return true;
            }
        }

        while (i < chars.Length)
            if (!Allowed(chars, ref i)) return true;
        return false;
    }

    private static bool Allowed(ReadOnlySpan<char> chars, ref int i)
    {
        var c = chars[i];
        if (c is >= ' ' and < '\uD800' or '\t' or '\n' or '\r' or (>= '\uE000' and <= '\uFFFD'))
        {
            i++;
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
        {
            i += 2;
            return true;
        }

        return false;
    }
}
