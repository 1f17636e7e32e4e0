using System.Text;
using WireDesk.Formats.Detection;

namespace WireDesk.Formats;

/// <summary>
/// The one entry point for turning delivered bytes into stories: size check, decoding, detection by content,
/// then the format's parser. Never throws for bad input: every problem is a <see cref="ParseError"/>.
/// </summary>
public sealed class StoryReader(IEnumerable<IStoryParser> parsers)
{
    private readonly Dictionary<string, IStoryParser> _parsers = parsers.ToDictionary(p => p.Format, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Formats => _parsers.Keys;

    public ReadResult Read(SourceDocument document, ParseContext context, string? formatHint = null)
    {
        if (document.Bytes.Length == 0)
            return ReadResult.Failed(document.Name, null, "the file is empty");
        if (document.Bytes.Length > context.MaxDocumentBytes)
            return ReadResult.Failed(document.Name, null,
                $"the document is {document.Bytes.Length:N0} bytes, over the limit of {context.MaxDocumentBytes:N0}");
        if (ByteSniffer.LooksBinary(document.Bytes))
            return ReadResult.Failed(document.Name, null, "binary content, not an agency format");

        DecodedDocument decoded;
        try
        {
            decoded = Text.TextDecoder.Decode(document, keepFraming: ByteSniffer.StartsWithFraming(document.Bytes));
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException or NotSupportedException)
        {
            return ReadResult.Failed(document.Name, null, $"cannot decode the text: {e.Message}");
        }

        var detection = formatHint is not null && _parsers.ContainsKey(formatHint)
            ? new Detection.Detection(formatHint, "format named by the source")
            : FormatDetector.Detect(decoded.Text);
        if (detection.Format is null)
            return ReadResult.Failed(document.Name, null, $"unknown format: {detection.Reason}");
        if (!_parsers.TryGetValue(detection.Format, out var parser))
            return ReadResult.Failed(document.Name, detection.Format, $"format {detection.Format} is recognised but has no parser");

        try
        {
            var result = parser.Parse(decoded, context);
            return new ReadResult(detection.Format, result.Stories, result.Errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must not take the batch down; it is reported against the document.
            return ReadResult.Failed(document.Name, detection.Format, $"{detection.Format} parser failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
