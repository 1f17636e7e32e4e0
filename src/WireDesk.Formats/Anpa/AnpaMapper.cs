using WireDesk.Core.Stories;
using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Anpa;

/// <summary>Maps one framed ANPA-1312 message to the canonical story.</summary>
public static class AnpaMapper
{
    public static (Story? Story, string? Error) Map(WireFrame frame, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>();
        var header = ReadHeader(frame, warnings);
        var text = WireTextReader.Read(frame.Text, Rules(header));
        if (!frame.Terminated) warnings.Add("framing: no ETX; the text may be cut short");

        var (keyword, takeKey) = SlugResolver.Resolve(header?.Keyword, header?.Take, text);

        var trailer = text.Trailer.Concat(SlugResolver.PostTextLines(frame)).Select(AnpaTrailerReader.Read).FirstOrDefault(t => t is not null);
        if (trailer is null) warnings.Add("trailer: no agency/date line (AP-NY-MM-DD-YY HHMMzone); version time unknown");

        var category = AnpaCodes.Category(header?.Category);
        var priority = AnpaCodes.Priority(header?.Priority);
        if (header?.Priority is { } letter && priority is null) warnings.Add($"priority: '{letter}' is not an ANPA priority");

        var parts = new TeletypeStoryParts(AnpaParser.FormatName, text)
        {
            Agency = trailer?.Agency,
            Keyword = keyword,
            Take = takeKey,
            DateText = trailer?.DateText,
            Month = trailer?.Month ?? header?.Month,
            Day = trailer?.Day ?? header?.Day,
            Priority = priority,
            Subjects = category is null ? [] : [category],
            Warnings = warnings,
        };
        return TeletypeStoryBuilder.Build(parts, document, context);
    }

    private static WireTextRules Rules(AnpaHeader? header) => new()
    {
        IsKeywordLine = line => AnpaHeaderReader.IsKeywordLine(line) || SlugResolver.RepeatsKeyword(line, header?.Keyword),
        IsTrailerLine = AnpaTrailerReader.IsTrailer,
    };

    private static AnpaHeader? ReadHeader(WireFrame frame, List<string> warnings)
    {
        if (!frame.HasStartOfText) warnings.Add("framing: no STX; header and text cannot be told apart");
        if (frame.Header.Length == 0) return null;
        var header = AnpaHeaderReader.Read(frame.Header);
        if (header is null) warnings.Add($"header: '{frame.Header}' is not an ANPA-1312 header");
        return header;
    }
}
