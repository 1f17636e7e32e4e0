namespace WireDesk.Formats.PlainText;

/// <summary>Tells binary files (images, archives, random bytes) from text before anything is read as copy.</summary>
internal static class BinarySniffer
{
    private const int SampleBytes = 8192;
    private const double MaxSuspiciousShare = 0.05;

    /// <summary>A reason when the document is not text, else null.</summary>
    public static string? Reason(DecodedDocument document)
    {
        if (!document.Encoding.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) &&
            !document.Encoding.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase))
        {
            var sample = document.Source.Bytes.AsSpan(0, Math.Min(document.Source.Bytes.Length, SampleBytes));
            var suspicious = 0;
            foreach (var b in sample)
                if (IsSuspicious(b)) suspicious++;
            if (sample.Length > 0 && suspicious > sample.Length * MaxSuspiciousShare)
                return $"binary content, not text: {suspicious} of the first {sample.Length} bytes are control bytes";
        }

        var text = document.Text.AsSpan(0, Math.Min(document.Text.Length, SampleBytes));
        var replaced = text.Count('\uFFFD');
        if (text.Length > 0 && replaced > text.Length * MaxSuspiciousShare)
            return $"binary content, not text: {replaced} of the first {text.Length} characters could not be decoded";
        return null;
    }

    // NUL and the C0 controls that never occur in text; TAB, LF, VT, FF, CR and the wire framing
    // characters (SOH, STX, ETX, EOT, SYN, ESC, RS, US) do.
    private static bool IsSuspicious(byte b) =>
        b is 0x00 or (>= 0x05 and <= 0x08) or (>= 0x0E and <= 0x15) or (>= 0x17 and <= 0x1A) or 0x1C or 0x1D or 0x7F;
}
