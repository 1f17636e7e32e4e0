using System.Buffers;
using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>
/// Decodes bytes as UTF-8 where they are valid UTF-8 and as windows-1252 byte by byte where they are not:
/// the recovery for copy that is 8-bit, or UTF-8 with 8-bit passages pasted in.
/// </summary>
internal static class Utf8WithFallback
{
    public static (string Text, int MultiByteSequences, int FallbackBytes) Decode(ReadOnlySpan<byte> bytes)
    {
        var windows1252 = Encodings.Windows1252;
        var text = new StringBuilder(bytes.Length);
        int multiByte = 0, fallback = 0;
        Span<char> one = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                text.Append(one[..rune.EncodeToUtf16(one)]);
                if (consumed > 1) multiByte++;
            }
            else
            {
                consumed = 1;
                fallback++;
                text.Append(windows1252.GetString(bytes[..1]));
            }

            bytes = bytes[consumed..];
        }

        return (text.ToString(), multiByte, fallback);
    }
}
