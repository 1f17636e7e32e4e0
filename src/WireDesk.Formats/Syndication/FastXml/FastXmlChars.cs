using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(char c) => c < 128 ? (AsciiNameClass[c] & NameStart) != 0 : IsNonAsciiNameStart(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNamePart(char c) => c < 128 ? (AsciiNameClass[c] & NamePart) != 0 : IsNonAsciiNamePart(c);

    private static bool IsNonAsciiNameStart(char c) => !char.IsSurrogate(c) && XmlConvert.IsStartNCNameChar(c);

    private static bool IsNonAsciiNamePart(char c) => !char.IsSurrogate(c) && XmlConvert.IsNCNameChar(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) => c is ' ' or '\n' or '\t' or '\r';

    /// <summary>A character reference to a C1 control (U+0080–U+009F), which <see cref="Reference"/> declines.</summary>
    public const int C1ControlReference = -2;

    /// <summary>
    /// The code point of the reference at <paramref name="at"/> (an '&amp;'), with <paramref name="end"/> just
    /// after its ';'; <see cref="C1ControlReference"/> for a character reference to a C1 control; or -1 for
    /// anything but the five predefined entities and a character reference to a character XML allows.
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
            // Well-formed, but a publisher's windows-1252 habit (&#146; meaning a right quote): FeedXmlRepair turns
            // these into the characters meant, so a text it has not seen must go to the standard path.
            if (value is >= 0x80 and <= 0x9F) return C1ControlReference;
            end = p + 1;
            return value;
        }

        var c1 = At(text, p + 1);
        var c2 = At(text, p + 2);
        switch (text[p])
        {
            case 'l' when c1 == 't' && c2 == ';':
                end = p + 3;
                return '<';
            case 'g' when c1 == 't' && c2 == ';':
                end = p + 3;
                return '>';
            case 'a' when c1 == 'm' && c2 == 'p' && At(text, p + 3) == ';':
                end = p + 4;
                return '&';
            case 'a' when c1 == 'p' && c2 == 'o' && At(text, p + 3) == 's' && At(text, p + 4) == ';':
                end = p + 5;
                return '\'';
            case 'q' when c1 == 'u' && c2 == 'o' && At(text, p + 3) == 't' && At(text, p + 4) == ';':
                end = p + 5;
                return '"';
            default:
                return -1;
        }
    }

    private static char At(string text, int p) => p < text.Length ? text[p] : '\0';

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

    /// <summary>Why the fast reader declines a reference for which <see cref="Reference"/> gave <paramref name="code"/>.</summary>
    public static string DeclinedReference(int code) =>
        code == C1ControlReference ? "a character reference to a C1 control" : "an entity reference other than the predefined five";

    /// <summary>
    /// Checks <paramref name="chars"/> from <paramref name="from"/> to (at least) <paramref name="to"/> for a
    /// character the standard reader refuses even with CheckCharacters off: a C0 control other than TAB, LF, CR;
    /// a surrogate out of pair; U+FFFE or U+FFFF. Returns where the check ended (a pair may take it one past
    /// <paramref name="to"/>), or -1 at the first such character.
    /// </summary>
    public static int CheckRange(ReadOnlySpan<char> chars, int from, int to)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        var i = from;
        // Vector128 rather than Vector<T> or wider: ReadyToRun precompiles it, so a cold one-pass process does not
        // run this loop unoptimized until the JIT gets to it. The pass is bound by memory, not by vector width.
        if (Vector128.IsHardwareAccelerated)
        {
            var space = Vector128.Create((ushort)0x20);
            var tab = Vector128.Create((ushort)0x9);
            var lineFeed = Vector128.Create((ushort)0xA);
            var carriageReturn = Vector128.Create((ushort)0xD);
            var surrogateBase = Vector128.Create((ushort)0xD800);
            var surrogateRange = Vector128.Create((ushort)0x800);
            var nonCharacters = Vector128.Create((ushort)0xFFFE);
            // Four vectors a round, one test for all four: nearly every round is clean.
            while (i <= to - 32)
            {
                var suspect = Suspect(Vector128.Create(units.Slice(i, 8)), space, tab, lineFeed, carriageReturn, surrogateBase, surrogateRange, nonCharacters)
                    | Suspect(Vector128.Create(units.Slice(i + 8, 8)), space, tab, lineFeed, carriageReturn, surrogateBase, surrogateRange, nonCharacters)
                    | Suspect(Vector128.Create(units.Slice(i + 16, 8)), space, tab, lineFeed, carriageReturn, surrogateBase, surrogateRange, nonCharacters)
                    | Suspect(Vector128.Create(units.Slice(i + 24, 8)), space, tab, lineFeed, carriageReturn, surrogateBase, surrogateRange, nonCharacters);
                if (suspect == Vector128<ushort>.Zero)
                {
                    i += 32;
                    continue;
                }

                for (var blockEnd = i + 32; i < blockEnd;)
                    if (!Allowed(chars, ref i)) return -1;
            }
        }

        while (i < to)
            if (!Allowed(chars, ref i)) return -1;
        return i;
    }

    private static Vector128<ushort> Suspect(Vector128<ushort> v, Vector128<ushort> space, Vector128<ushort> tab, Vector128<ushort> lineFeed,
        Vector128<ushort> carriageReturn, Vector128<ushort> surrogateBase, Vector128<ushort> surrogateRange, Vector128<ushort> nonCharacters)
    {
        var control = Vector128.AndNot(Vector128.LessThan(v, space), Vector128.Equals(v, tab) | Vector128.Equals(v, lineFeed) | Vector128.Equals(v, carriageReturn));
        return control | Vector128.LessThan(v - surrogateBase, surrogateRange) | Vector128.GreaterThanOrEqual(v, nonCharacters);
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
