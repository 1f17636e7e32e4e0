using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>UTF-16 without a BOM, recognised from markup that opens with "&lt;" (XML 1.0 Appendix F).</summary>
internal static class Utf16Sniff
{
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00])) return new UnicodeEncoding(false, false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F])) return new UnicodeEncoding(true, false);
        return null;
    }
}
