using System.Text;

namespace WireDesk.Formats.Teletype;

/// <summary>
/// The document's text with its framing control characters. <see cref="Text.TextDecoder"/> strips C0 controls
/// (SOH, STX, ETX ...), which are exactly what frames ANPA-1312 and IPTC 7901 copy, so the bytes are read again in
/// the encoding the decoder chose. Trade-off: the decoder's double-encoding repair is not applied to this text.
/// </summary>
public static class FramedText
{
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    public static string Read(DecodedDocument document)
    {
        if (HasFraming(document.Text)) return document.Text;
        var bytes = document.Source.Bytes;
        if (bytes.AsSpan().IndexOfAny((byte)WireControl.Soh, (byte)WireControl.Stx) < 0) return document.Text;
        return EncodingFor(document.Encoding).GetString(WithoutBom(bytes));
    }

    /// <summary>True when the text still holds a SOH or STX.</summary>
    public static bool HasFraming(string text) => text.AsSpan().IndexOfAny(WireControl.Soh, WireControl.Stx) >= 0;

    /// <summary>The first bytes of a document as text with controls kept, for sniffing (ASCII-safe for both formats).</summary>
    public static string Head(DecodedDocument document, int maxBytes)
    {
        if (HasFraming(document.Text)) return document.Text.Length <= maxBytes ? document.Text : document.Text[..maxBytes];
        var bytes = WithoutBom(document.Source.Bytes);
        return Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, maxBytes)]);
    }

    private static byte[] WithoutBom(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes;

    private static Encoding EncodingFor(string name)
    {
        _ = CodePagesRegistered;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
