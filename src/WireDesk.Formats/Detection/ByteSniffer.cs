namespace WireDesk.Formats.Detection;

/// <summary>Checks on raw bytes, before any decoding.</summary>
public static class ByteSniffer
{
    /// <summary>
    /// True for content that is not text: NULs (outside UTF-16, which has a BOM) or many control bytes other than
    /// the framing characters of ANPA-1312 and IPTC 7901 (SOH, STX, ETX, EOT, SYN) and whitespace.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        // Text has no control byte but TAB, LF and CR, and vectorized searches say so at once; only a sample with
        // one is counted byte by byte, from the first.
        var first = Text.ControlCharacters.FirstOtherThanLineBreaks(sample);
        if (first < 0) return false;
        var odd = 0;
        foreach (var b in sample[first..])
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x01 or 0x02 or 0x03 or 0x04 or 0x16 or 0x09 or 0x0A or 0x0D or 0x0B or 0x0C or 0x1E or 0x1F)) odd++;
        }
        return odd > sample.Length / 50 + 2;
    }

    /// <summary>True when the first byte that is not whitespace is wire framing: SYN, SOH or STX.</summary>
    public static bool StartsWithFraming(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is 0x20 or 0x09 or 0x0A or 0x0D) continue;
            return b is 0x16 or 0x01 or 0x02;
        }
        return false;
    }
}
