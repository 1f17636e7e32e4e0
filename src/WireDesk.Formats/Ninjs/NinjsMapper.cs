using System.Text.RegularExpressions;
using WireDesk.Core.Stories;
using WireDesk.Formats.Teletype;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// Maps a ninjs item to the canonical story. Signals: ninjs has no signal property, so they come from what it
/// does say — pubStatus canceled is a kill; a version of 2 or more is an update (NewsML-G2/ninjs versions count
/// from 1; AP's count from 0, so AP's first revision, version 1, is not flagged and ordering rests on the version
/// number); an edNote that is a correction or kill advisory ("CORRECTS ...", "KILL") and Reuters-style headline
/// prefixes ("CORRECTED-", "UPDATE 2-") signal what they say.
/// </summary>
public static partial class NinjsMapper
{
    public const string FormatName = Detection.FormatNames.Ninjs;

    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase) { "text", "composite" };

    public static (Story? Story, string? Error) Map(NinjsItem item, DecodedDocument document, ParseContext context)
    {
        if (item.Uri is null) return (null, "the required 'uri' is missing");

        var warnings = new List<string>(document.Warnings);
        var body = NinjsTextChooser.Body(item.Bodies);
        var headline = NinjsTextChooser.Headline(item.Headlines);
        if (headline is null) warnings.Add("headline: none given");
        if (body.IsEmpty && (item.Type is null || TextTypes.Contains(item.Type))) warnings.Add("body: none given");

        var version = ReadVersion(item, warnings);
        var advisory = item.EdNote is { } note ? AdvisoryReader.Read(note) : null;
        var pubStatus = ReadPubStatus(item.PubStatus, warnings);
        var kill = pubStatus == PubStatus.Canceled || advisory?.Kill == true;
        var correction = advisory?.Correction == true || (headline is not null && CorrectedPrefixPattern().IsMatch(headline));
        var update = version >= 2 || (headline is not null && UpdatePrefixPattern().IsMatch(headline));
        var genre = item.Genres.FirstOrDefault();
        var firstCreated = Date(item.FirstCreated, "firstCreated", context, warnings);
        var versionCreated = Date(item.VersionCreated, "versionCreated", context, warnings);
        var dateline = WithYear(body.Paragraphs.Count == 0 ? null : DatelineParser.Match(body.Paragraphs[0]), firstCreated ?? versionCreated, context);

        var story = new Story
        {
            Source = context.Source,
            Agency = Agency(item) ?? dateline?.Agency ?? context.DefaultAgency,
            Guid = NinjsIdentity.Guid(item.Uri),
            Version = version,
            FirstCreated = firstCreated,
            VersionCreated = versionCreated,
            Headline = headline,
            SubHeadline = NinjsTextChooser.SubHeadline(item.Headlines),
            Byline = item.By?.Trim(),
            Slugline = item.Slugline?.Trim(),
            Summary = NinjsTextChooser.Summary(item.Descriptions),
            Dateline = dateline,
            Body = body,
            Language = item.Language,
            Subjects = item.Subjects.Select(ToSubject).ToList(),
            Keywords = item.Keywords,
            Urgency = item.Urgency,
            Genre = genre?.Name ?? genre?.Literal ?? genre?.Uri,
            PubStatus = kill ? PubStatus.Canceled : pubStatus,
            Embargo = ReadEmbargo(item, context, warnings),
            Signals = (update ? Signals.Update : Signals.None)
                | (correction ? Signals.Correction : Signals.None)
                | (kill ? Signals.Kill : Signals.None),
            CorrectionNote = advisory?.Correction == true ? advisory.Note : null,
            EdNote = item.EdNote,
            Format = FormatName,
            Encoding = document.Encoding,
            Located = item.Located,
            Creditline = NinjsTextChooser.Creditline(item.Descriptions),
            Media = NinjsMedia.From(item),
            ContentHash = StoryIdentity.ContentHash(body),
        };
        return (story with { Warnings = warnings }, null);
    }

    /// <summary>
    /// The copyright holder, else the info source that provided or originated the item, else the first one; the
    /// caller falls back to the dateline's agency and then the source's default.
    /// </summary>
    private static string? Agency(NinjsItem item) =>
        item.CopyrightHolder?.Trim()
        ?? item.InfoSources.FirstOrDefault(s => s.Role is { } role
            && (role.Contains("provider", StringComparison.OrdinalIgnoreCase) || role.Contains("origin", StringComparison.OrdinalIgnoreCase)))?.Name
        ?? item.InfoSources.FirstOrDefault(s => s.Name is not null)?.Name;

    private static int? ReadVersion(NinjsItem item, List<string> warnings)
    {
        if (item.Version is null) return null;
        if (int.TryParse(item.Version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            return version;
        warnings.Add($"version: '{item.Version}' is not a whole number");
        return null;
    }

    private static PubStatus ReadPubStatus(string? status, List<string> warnings)
    {
        switch (status?.Trim().ToLowerInvariant())
        {
            case null or "usable" or "stat:usable":
                return PubStatus.Usable;
            case "withheld" or "stat:withheld":
                return PubStatus.Withheld;
            case "canceled" or "cancelled" or "stat:canceled":
                return PubStatus.Canceled;
            default:
                warnings.Add($"pubStatus: '{status}' is not usable, withheld or canceled; read as usable");
                return PubStatus.Usable;
        }
    }

    private static Embargo? ReadEmbargo(NinjsItem item, ParseContext context, List<string> warnings)
    {
        if (item.EmbargoedWithoutTime) return new Embargo(null);
        if (item.EmbargoedUntil is null) return null;
        var expected = item.Generation == NinjsGeneration.V3 ? "embargoedUntil" : "embargoed";
        if (item.Generation != NinjsGeneration.Unknown && item.EmbargoProperty != expected)
            warnings.Add($"embargo: ninjs {(int)item.Generation}.x names it '{expected}'; '{item.EmbargoProperty}' honoured");
        // An embargo time that cannot be read is still an embargo: held until an editor releases it.
        return new Embargo(WireDateParser.Parse(item.EmbargoedUntil, context.Zone, warnings, item.EmbargoProperty ?? "embargo")?.Value);
    }

    // The year is never in a dateline (PRODUCT.md §6): it comes from the story's own time in the source's zone.
    private static Dateline? WithYear(Dateline? dateline, DateTimeOffset? reference, ParseContext context) =>
        dateline is { Month: { } month, Day: { } day } && reference is { } at
            ? dateline with { Year = DatelineParser.InferYear(month, day, at, context.Zone) }
            : dateline;

    private static DateTimeOffset? Date(string? text, string field, ParseContext context, List<string> warnings) =>
        WireDateParser.Parse(text, context.Zone, warnings, field)?.Value;

    private static Subject ToSubject(NinjsConcept concept) =>
        new(concept.Code ?? concept.Literal ?? concept.Uri, concept.Name, concept.Scheme);

    [GeneratedRegex(@"^(?:CORRECTED|CORRECTION)\b\s*[-:]")]
    private static partial Regex CorrectedPrefixPattern();

    [GeneratedRegex(@"^(?:CORRECTED-)?UPDATE\s*\d+\s*-")]
    private static partial Regex UpdatePrefixPattern();
}
