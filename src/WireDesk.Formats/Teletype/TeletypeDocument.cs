using WireDesk.Core.Stories;

namespace WireDesk.Formats.Teletype;

/// <summary>What ANPA-1312 and IPTC 7901 parsers share: sniffing the framed header and reading message by message.</summary>
public static class TeletypeDocument
{
    private const int SniffBytes = 512;

    /// <summary>
    /// True when the copy starts (after SYN fill, a BOM and blank lines) with SOH and a header the format accepts.
    /// Reads the raw bytes when the decoded text has lost its control characters.
    /// </summary>
    public static bool StartsWithHeader(DecodedDocument document, Func<string, bool> isHeader) =>
        StartsWithHeader(FramedText.Head(document, SniffBytes), isHeader);

    /// <inheritdoc cref="StartsWithHeader(DecodedDocument, Func{string, bool})"/>
    public static bool StartsWithHeader(string text, Func<string, bool> isHeader)
    {
        var start = text.AsSpan().TrimStart([WireControl.Syn, '\r', '\n', ' ', '\uFEFF']);
        if (start.IsEmpty || start[0] != WireControl.Soh) return false;
        var stx = start.IndexOf(WireControl.Stx);
        var header = stx < 0 ? start[1..] : start[1..stx];
        return isHeader(header.ToString());
    }

    /// <summary>Each framed message through <paramref name="map"/>: a story, or a ParseError naming the message.</summary>
    public static ParseResult Parse(
        DecodedDocument document,
        ParseContext context,
        string formatTitle,
        Func<WireFrame, DecodedDocument, ParseContext, (Story? Story, string? Error)> map)
    {
        if (document.Source.Bytes.LongLength > context.MaxDocumentBytes)
            return ParseResult.Failed(document.Source.Name, $"document is larger than {context.MaxDocumentBytes} bytes");

        var frames = WireFramer.Split(FramedText.Read(document));
        if (frames.Count == 0)
            return ParseResult.Failed(document.Source.Name, $"no {formatTitle} framing: neither SOH nor STX found");

        var stories = new List<Story>();
        var errors = new List<ParseError>();
        foreach (var frame in frames)
        {
            var (story, error) = MapSafely(map, frame, document, context);
            if (story is not null) stories.Add(story);
            else errors.Add(new ParseError($"{document.Source.Name} message {frame.Index + 1}", error ?? "unreadable message"));
        }

        return new ParseResult(stories, errors);
    }

    private static (Story? Story, string? Error) MapSafely(
        Func<WireFrame, DecodedDocument, ParseContext, (Story? Story, string? Error)> map,
        WireFrame frame,
        DecodedDocument document,
        ParseContext context)
    {
        try
        {
            return map(frame, document, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Safety net for the promise that bad input never throws out of a parser: the message is quarantined with why.
            return (null, $"cannot read this message ({e.GetType().Name}: {e.Message})");
        }
    }
}
