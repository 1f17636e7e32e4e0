using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>UTF-16 and UTF-32 without a BOM, recognised from markup that opens with "&lt;" (XML 1.0 Appendix F).</summary>
internal static class UnicodeSniff
{
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x3C])) return new UTF32Encoding(true, false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x00, 0x00])) return new UTF32Encoding(false, false);
        if (bytes[0] == 0x3C && bytes[1] == 0x00 && bytes[2] != 0x00 && bytes[3] == 0x00) return new UnicodeEncoding(false, false);
        if (bytes[0] == 0x00 && bytes[1] == 0x3C && bytes[2] == 0x00 && bytes[3] != 0x00) return new UnicodeEncoding(true, false);
        return null;
    }
}
