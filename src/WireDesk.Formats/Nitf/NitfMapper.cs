using System.Xml.Linq;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.Nitf;

/// <summary>
/// NITF to the canonical story. Also lends its body, dateline and head readings to the NewsML formats that carry
/// NITF inline.
/// </summary>
public static class NitfMapper
{
    public const string Format = "nitf";

    public static MappedItem Map(NitfDocument nitf, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>(document.Warnings);
        var docdata = nitf.Head.DocData;
        var headline = nitf.BodyHead.Headline ?? nitf.Head.Title;
        var agency = Agency(nitf) ?? context.DefaultAgency;
        var issued = FieldReading.Date(docdata.DateIssue, "date.issue", context, warnings)
            ?? FieldReading.Date(nitf.Head.PublicationDate, "pubdata/@date.publication", context, warnings);
        var release = FieldReading.Date(docdata.DateRelease, "date.release", context, warnings);
        var body = Body(nitf);
        var dateline = Dateline(nitf, body, context, warnings);

        // A management notice (management-doc-idref + management-idref-status) speaks for the document it names.
        var isNotice = docdata.ManagementDocIdRef is not null && docdata.ManagementIdRefStatus is not null;
        var statusWord = isNotice ? docdata.ManagementIdRefStatus : docdata.ManagementStatus;
        var guid = isNotice ? docdata.ManagementDocIdRef : docdata.DocId;
        if (guid is null)
        {
            if (headline is null)
                return new ParseError(document.Source.Name, "NITF document has neither a doc-id nor a headline: it cannot be identified");
            guid = StoryIdentity.DerivedGuid(agency, headline, dateline?.Month ?? issued?.Month, dateline?.Day ?? issued?.Day);
            warnings.Add("docdata/doc-id is missing: guid derived from agency, headline and dateline date");
        }

        var pubStatus = PubStatusOf(statusWord, warnings);
        var version = FieldReading.Int(docdata.DuKey?.Version, "du-key/@version", warnings);
        var signals = Signals.None;
        if (version > 1) signals |= Signals.Update;
        if (docdata.Corrections.Count > 0) signals |= Signals.Correction;
        if (pubStatus == PubStatus.Canceled) signals |= Signals.Kill;

        return new Story
        {
            Source = context.Source,
            Agency = agency,
            Guid = guid,
            Version = version,
            VersionCreated = issued,
            Headline = headline,
            SubHeadline = nitf.BodyHead.SubHeadline,
            Byline = nitf.BodyHead.Bylines.FirstOrDefault(),
            Slugline = docdata.DuKey?.Key,
            Summary = Summary(nitf),
            Dateline = dateline,
            Body = body,
            Language = nitf.Language,
            Subjects = Subjects(nitf.Head),
            Keywords = docdata.Keywords,
            Urgency = FieldReading.Int(docdata.Urgency, "urgency/@ed-urg", warnings),
            Genre = nitf.Head.ObjectProperty ?? nitf.Head.ObjectType,
            PubStatus = pubStatus,
            Embargo = Embargo(release, issued, docdata.ManagementStatus),
            Signals = signals,
            CorrectionNote = JoinOrNull(docdata.Corrections.Select(c => c.Info)),
            EdNote = JoinOrNull(docdata.EditorialMessages),
            Format = Format,
            Encoding = document.Encoding,
            Located = Located(docdata.EventLocations),
            Creditline = null,
            ContentHash = StoryIdentity.ContentHash(body),
            Warnings = warnings,
        };
    }

    /// <summary>body.content, then body.end's tagline, as the story body.</summary>
    public static StoryBody Body(NitfDocument nitf)
    {
        IEnumerable<XNode> nodes = nitf.BodyContent?.Nodes() ?? [];
        if (nitf.BodyEnd?.Child("tagline") is { } tagline) nodes = nodes.Append(tagline);
        return XmlBodyWriter.Build(nodes, NitfVocabulary.Instance);
    }

    /// <summary>body.head/abstract as one summary text.</summary>
    public static string? Summary(NitfDocument nitf) => nitf.BodyHead.Abstract.Count == 0 ? null : string.Join(" ", nitf.BodyHead.Abstract);

    /// <summary>body.head/dateline read and completed from its location and story.date; else the body's lead.</summary>
    public static Dateline? Dateline(NitfDocument nitf, StoryBody body, ParseContext context, ICollection<string> warnings)
    {
        if (nitf.BodyHead.Dateline is not { } source)
            return body.Paragraphs.Count > 0 ? DatelineParser.Match(body.Paragraphs[0]) : null;

        var dateline = DatelineReading.WithLocation(DatelineReading.FromText(source.Text), source.City, source.State, source.Country);
        if (dateline.Month is null && FieldReading.Date(source.StoryDateNorm, "dateline/story.date/@norm", context, warnings) is { } date)
            dateline = dateline with { Month = date.Month, Day = date.Day };
        return dateline;
    }

    private static string? Agency(NitfDocument nitf) =>
        nitf.BodyHead.Distributor ?? nitf.Head.DocData.DocIdSource ?? nitf.Head.DocData.CopyrightHolder;

    private static PubStatus PubStatusOf(string? word, ICollection<string> warnings)
    {
        if (word is null) return PubStatus.Usable;
        if (StatusWords.ToPubStatus(word) is { } status) return status;
        warnings.Add($"docdata/@management-status: '{word}' is not usable, embargoed, withheld or canceled; read as usable");
        return PubStatus.Usable;
    }

    // date.release is "the time the document may be released"; it embargoes only when later than the issue time.
    private static Embargo? Embargo(DateTimeOffset? release, DateTimeOffset? issued, string? managementStatus)
    {
        if (release is { } until && (issued is null || until > issued)) return new Embargo(until);
        return StatusWords.IsEmbargoed(managementStatus) ? new Embargo(release) : null;
    }

    private static IReadOnlyList<Subject> Subjects(NitfHead head) =>
        head.Subjects.Select(s => new Subject(s.Refnum, s.Detail ?? s.Matter ?? s.Type, s.Ipr ?? "IPTC")).ToList();

    private static string? Located(IReadOnlyList<NitfEventLocation> locations) =>
        locations.Count == 0 ? null
            : JoinOrNull(locations.Select(l => JoinOrNull([l.City, l.CountyDistrict, l.StateProvince, l.IsoCountryCode], ", ")), "; ");

    private static string? JoinOrNull(IEnumerable<string?> parts, string separator = "\n") => FieldReading.Join(parts, separator);
}
