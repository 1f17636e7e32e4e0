using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Text;

/// <summary>
/// Repairs UTF-8 that was decoded as windows-1252 (or Latin-1) and encoded again ("CafÃ©", "donâ€™t").
/// Only runs that read back as complete multi-byte UTF-8 sequences are replaced; a lone "Ã" or "é" stays.
/// </summary>
public static partial class DoubleEncodingRepair
{
    /// <summary>
    /// The text with double-encoded sequences repaired and how many were. <see cref="TextDecoder"/> applies it to
    /// whole documents; parsers may apply it to text that only becomes mojibake after entity decoding ("&amp;#226;&amp;#128;&amp;#166;").
    /// </summary>
    public static (string Text, int Repaired) Repair(string text)
    {
        // Every run starts with a lead byte read as Â..ô; without one (most copy) there is nothing to look for.
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0) return (text, 0);
        var repaired = 0;
        var result = MojibakeRun().Replace(text, m =>
        {
            var (fixedRun, count) = RepairRun(m.Value);
            repaired += count;
            return fixedRun;
        });
        return (result, repaired);
    }

    private static (string Text, int Repaired) RepairRun(string run)
    {
        var bytes = new byte[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            if (!TryToByte(run[i], out bytes[i])) return (run, 0);
        }

        var output = new StringBuilder(run.Length);
        var repaired = 0;
        ReadOnlySpan<byte> rest = bytes;
        var position = 0;
        Span<char> one = stackalloc char[2];
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == OperationStatus.Done && consumed > 1)
            {
                output.Append(one[..rune.EncodeToUtf16(one)]);
                repaired++;
            }
            else
            {
                consumed = 1;
                output.Append(run[position]);
            }

            rest = rest[consumed..];
            position += consumed;
        }

        return (output.ToString(), repaired);
    }

    private static bool TryToByte(char c, out byte b)
    {
        b = 0;
        if (c is >= '\u0080' and <= '\u00FF')
        {
            b = (byte)c;
            return true;
        }

        Span<byte> encoded = stackalloc byte[4];
        var windows1252 = Encodings.Windows1252;
        var written = windows1252.GetBytes([c], encoded);
        if (written != 1 || encoded[0] < 0x80) return false;
        b = encoded[0];
        return true;
    }

    // A lead byte as a Latin-1 character (Â..ô) followed by one or more continuation bytes as windows-1252 or
    // Latin-1 characters (0x80-0xBF): the shape every double-encoded multi-byte UTF-8 sequence takes.
    [GeneratedRegex("[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+(?:[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+)*")]
    private static partial Regex MojibakeRun();
}
