using System.Text;
using WireDesk.Formats;
using WireDesk.Formats.Detection;
using WireDesk.Formats.Text;

namespace WireDesk.Ingest.Push;

/// <summary>
/// The cheap part of reading, done before a push is acknowledged: bytes that no parser could read (binary, undecodable,
/// an unknown format) are refused with 415 instead of being accepted only to fail.
/// </summary>
public sealed class ContentRecognizer(StoryReader reader)
{
    /// <summary>Null when a parser will read the document, otherwise why not.</summary>
    public string? Refusal(SourceDocument document, string? formatHint)
    {
        if (document.Bytes.Length == 0) return "the body is empty";
        if (ByteSniffer.LooksBinary(document.Bytes)) return "binary content, not an agency format";
        if (formatHint is not null && reader.Formats.Contains(formatHint, StringComparer.OrdinalIgnoreCase)) return null;
        DecodedDocument decoded;
        try
        {
            decoded = TextDecoder.Decode(document, keepFraming: ByteSniffer.StartsWithFraming(document.Bytes));
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException or NotSupportedException)
        {
            return $"cannot decode the text: {e.Message}";
        }
        var detection = FormatDetector.Detect(decoded.Text);
        if (detection.Format is null) return $"unknown format: {detection.Reason}";
        return reader.Formats.Contains(detection.Format, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"format {detection.Format} is recognised but has no parser";
    }
}
