using System.Text.RegularExpressions;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Teletype;

/// <summary>
/// Turns a teletype message's parts into the canonical story. The guid is derived from agency + normalised slug +
/// transmission date (never the headline when there is a slug), so a write-thru of the same slug from the same agency
/// on the same day gets the same guid and a higher version; continuation takes ("2nd Add") get their own guid.
/// </summary>
public static partial class TeletypeStoryBuilder
{
    public static (Story? Story, string? Error) Build(TeletypeStoryParts parts, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>(DocumentWarnings(document));
        warnings.AddRange(parts.Warnings);
        var text = parts.Text;
        var paragraphs = text.Paragraphs;
        var body = paragraphs.Count == 0 ? StoryBody.Empty : BodyBuilder.FromParagraphs(paragraphs);
        var versionCreated = WireDateParser.Parse(parts.DateText, context.Zone, warnings, "trailer")?.Value;
        var dateline = WithYear(paragraphs.Count == 0 ? null : DatelineParser.Match(paragraphs[0]), versionCreated, context);
        var agency = parts.Agency ?? dateline?.Agency ?? context.DefaultAgency;

        var guid = DeriveGuid(parts, agency, warnings);
        if (guid is null) return (null, "no slug and no headline to identify the story by");

        var advisories = text.Advisories;
        var kill = parts.Take.Kill || advisories.Any(a => a.Kill);
        var correction = parts.Take.Correction || advisories.Any(a => a.Correction);
        var signals = (parts.Take.IsUpdate ? Signals.Update : Signals.None)
            | (correction ? Signals.Correction : Signals.None)
            | (kill ? Signals.Kill : Signals.None);

        if (text.Headline is null && body.IsEmpty && !kill) return (null, "no headline and no text");
        if (text.Headline is null) warnings.Add("headline: none found");
        if (parts.Take.IsUpdate && parts.Take.Version is null)
            warnings.Add($"version: take '{parts.Take.Text}' revises the story without a lead number; version unknown");

        var story = new Story
        {
            Source = context.Source,
            Agency = agency,
            Guid = guid,
            Version = Version(parts.Take, correction, kill),
            VersionCreated = versionCreated,
            Headline = text.Headline,
            Byline = text.Byline,
            Slugline = parts.Keyword,
            Dateline = dateline,
            Body = body,
            Priority = parts.Priority,
            Subjects = parts.Subjects,
            PubStatus = kill ? PubStatus.Canceled : PubStatus.Usable,
            Embargo = ReadEmbargo(advisories, context, warnings),
            Signals = signals,
            CorrectionNote = CorrectionNote(advisories),
            EdNote = advisories.Count == 0 ? null : string.Join("\n", advisories.Select(a => a.Text)),
            Format = parts.Format,
            Encoding = document.Encoding,
            ContentHash = StoryIdentity.ContentHash(body),
        };
        return (story with { Warnings = warnings }, null);
    }

    // The year is never in a dateline (PRODUCT.md §6): it comes from the message's time in the source's zone.
    private static Dateline? WithYear(Dateline? dateline, DateTimeOffset? reference, ParseContext context) =>
        dateline is { Month: { } month, Day: { } day } && reference is { } at
            ? dateline with { Year = DatelineParser.InferYear(month, day, at, context.Zone) }
            : dateline;

    // A correction or kill advisory on a take that names no lead revises the story without saying which version it
    // is; calling it version 1 would rank it below an earlier write-thru, so the version is left unknown.
    private static int? Version(TakeKey take, bool correction, bool kill) =>
        take.Lead is null && (correction || kill) ? null : take.Version;

    /// <summary>The slug as the guid sees it: cycle designator (AM-/PM-/BC-) and trailing slashes gone, lower case, single spaces.</summary>
    public static string NormaliseSlug(string keyword)
    {
        var slug = CyclePattern().Replace(keyword.Trim(), "");
        slug = SpacePattern().Replace(slug.Trim('/', ' '), " ");
        return slug.ToLowerInvariant();
    }

    private static string? DeriveGuid(TeletypeStoryParts parts, string? agency, List<string> warnings)
    {
        string? basis = null;
        if (!string.IsNullOrWhiteSpace(parts.Keyword)) basis = NormaliseSlug(parts.Keyword);
        if (string.IsNullOrEmpty(basis) && parts.Text.Headline is { } headline)
        {
            warnings.Add("guid: no slug; derived from the headline, so a write-thru with a new headline will not match");
            basis = headline;
        }

        if (string.IsNullOrEmpty(basis)) return null;
        if (parts.Take.Add is { } add) basis += $" add {add}";
        return StoryIdentity.DerivedGuid(agency, basis, parts.Month, parts.Day);
    }

    private static Embargo? ReadEmbargo(IReadOnlyList<Advisory> advisories, ParseContext context, List<string> warnings)
    {
        var hold = advisories.FirstOrDefault(a => a.Embargo);
        return hold?.Hold(context.Zone, warnings);
    }

    private static string? CorrectionNote(IReadOnlyList<Advisory> advisories)
    {
        var correction = advisories.FirstOrDefault(a => a.Correction);
        return correction?.Note;
    }

    // TextDecoder strips C0 controls and says so; in teletype copy those controls are the framing, read on purpose.
    private static IEnumerable<string> DocumentWarnings(DecodedDocument document) =>
        document.Warnings.Where(w => !w.StartsWith("encoding: stripped", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:AM|PM|BC)-", RegexOptions.IgnoreCase)]
    private static partial Regex CyclePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
