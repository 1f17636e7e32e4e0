using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>A byte order mark and the encoding it announces.</summary>
internal sealed record Bom(Encoding Encoding, int Length)
{
    public static Bom? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new Bom(new UTF8Encoding(false), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new Bom(new UTF32Encoding(false, false), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return new Bom(new UTF32Encoding(true, false), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new Bom(new UnicodeEncoding(false, false), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new Bom(new UnicodeEncoding(true, false), 2);
        return null;
    }
}
