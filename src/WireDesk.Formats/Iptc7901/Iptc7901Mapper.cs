using WireDesk.Core.Stories;
using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Iptc7901;

/// <summary>Maps one framed IPTC 7901 message to the canonical story.</summary>
public static class Iptc7901Mapper
{
    public const string CategoryScheme = "iptc-7901-category";

    private const int MaxKeywordLineLength = 60;

    public static (Story? Story, string? Error) Map(WireFrame frame, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>();
        if (!frame.HasStartOfText) warnings.Add("framing: no STX; header and text cannot be told apart");
        if (!frame.Terminated) warnings.Add("framing: no ETX; the text may be cut short");

        var header = frame.Header.Length == 0 ? null : Iptc7901HeaderReader.Read(frame.Header);
        if (header is null && frame.Header.Length > 0) warnings.Add($"header: '{frame.Header}' is not an IPTC 7901 header");

        var text = WireTextReader.Read(frame.Text, Rules(header));
        var (keyword, take) = SlugResolver.Resolve(header?.Keyword, header?.Take, text);

        var trailer = text.Trailer.Concat(SlugResolver.PostTextLines(frame)).Select(Iptc7901TrailerReader.Read).FirstOrDefault(t => t is not null);
        if (trailer is null) warnings.Add("trailer: no date-time group (DDHHMM Mon YY); version time unknown");

        var parts = new TeletypeStoryParts(Iptc7901Parser.FormatName, text)
        {
            Agency = header?.SourceId,
            Keyword = keyword,
            Take = take,
            DateText = trailer?.DateText,
            Month = trailer?.Month,
            Day = trailer?.Day,
            Priority = header?.Priority,
            Subjects = header is null ? [] : [new Subject(header.Category, null, CategoryScheme)],
            Warnings = warnings,
        };
        return TeletypeStoryBuilder.Build(parts, document, context);
    }

    // dpa-style copy ends the headline with "=" and opens the text with a keyword line ("Bundestag/Haushalt/").
    private static WireTextRules Rules(Iptc7901Header? header) => new()
    {
        IsKeywordLine = line => SlugResolver.RepeatsKeyword(line, header?.Keyword) || LooksLikeKeyword(line),
        IsTrailerLine = line => Iptc7901TrailerReader.IsDateTimeGroup(line) || Iptc7901TrailerReader.IsSignature(line, header?.SourceId),
        HeadlineEndMark = "=",
    };

    private static bool LooksLikeKeyword(string line) =>
        line.Length <= MaxKeywordLineLength && !line.Contains(' ') && (line.Contains('/') || line.Contains(','));
}
