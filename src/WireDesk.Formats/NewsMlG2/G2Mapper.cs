using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;
using WireDesk.Formats.Text;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// A G2 newsItem to the canonical story. G2 metadata wins; an inline NITF head fills what contentMeta leaves out
/// (headline, subheadline, byline, summary, dateline).
/// </summary>
public static class G2Mapper
{
    public const string Format = "newsml-g2";

    public static MappedItem Map(G2NewsItem item, G2Header? header, string where, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>(document.Warnings);
        var meta = item.ItemMeta;
        var content = item.ContentMeta;
        var language = content.Languages.FirstOrDefault() ?? item.Lang;
        var body = G2BodyReader.Read(item.Contents, warnings);
        var nitf = body.Nitf;
        language ??= nitf?.Language;

        var headline = G2TextChoice.Pick(content.Headlines, language, role => !IsSubHeadline(role)) ?? nitf?.BodyHead.Headline;
        var agency = Agency(item, language) ?? context.DefaultAgency;
        var firstCreated = FieldReading.Date(meta.FirstCreated, "itemMeta/firstCreated", context, warnings)
            ?? FieldReading.Date(content.ContentCreated, "contentMeta/contentCreated", context, warnings);
        var versionCreated = FieldReading.Date(meta.VersionCreated, "itemMeta/versionCreated", context, warnings);
        var dateline = Dateline(content, item.Asserts, nitf, body.Body, language, context, warnings);

        var guid = item.Guid;
        if (guid is null)
        {
            if (headline is null) return new ParseError(where, "newsItem has neither a guid nor a headline: it cannot be identified");
            guid = StoryIdentity.DerivedGuid(agency, headline, dateline?.Month ?? versionCreated?.Month, dateline?.Day ?? versionCreated?.Day);
            warnings.Add("newsItem/@guid is missing: guid derived from agency, headline and dateline date");
        }

        var pubStatus = PubStatusOf(meta.PubStatus, warnings);
        if (meta.ItemClass is { } itemClass && !G2Codes.Is(itemClass, "text") && !G2Codes.Is(itemClass, "composite"))
            warnings.Add($"itemMeta/itemClass is {itemClass}: not a text item");
        else if (body.Body.IsEmpty && pubStatus == PubStatus.Usable)
            warnings.Add("contentSet holds no text body");

        return new Story
        {
            Source = context.Source,
            Agency = agency,
            Guid = guid,
            Version = FieldReading.Int(item.Version, "newsItem/@version", warnings),
            FirstCreated = firstCreated,
            VersionCreated = versionCreated,
            Headline = headline,
            SubHeadline = G2TextChoice.Pick(content.Headlines, language, IsSubHeadline) ?? nitf?.BodyHead.SubHeadline,
            Byline = G2TextChoice.Pick(content.Bylines, language) ?? nitf?.BodyHead.Bylines.FirstOrDefault()
                ?? FieldReading.Join(content.Creators.Select(c => G2TextChoice.Name(c, language)), ", "),
            Slugline = G2TextChoice.Pick(content.Sluglines, language),
            Summary = G2TextChoice.Pick(content.Descriptions, language, IsSummary) ?? (nitf is null ? null : NitfMapper.Summary(nitf)),
            Dateline = dateline,
            Body = body.Body,
            Language = language,
            Subjects = Subjects(content.Subjects, item.Asserts, language),
            Keywords = content.Keywords.Count == 0 ? [] : content.Keywords.Select(k => k.Text).ToList(),
            Urgency = FieldReading.Int(content.Urgency, "contentMeta/urgency", warnings),
            Priority = FieldReading.Int(header?.Priority, "header/priority", warnings),
            Genre = content.Genres.Count == 0 ? null : G2TextChoice.Name(content.Genres[0], language) ?? content.Genres[0].Qcode ?? content.Genres[0].Uri ?? content.Genres[0].Literal,
            PubStatus = pubStatus,
            Embargo = Embargo(meta.Embargoed, context, warnings),
            Signals = SignalsOf(meta.Signals, pubStatus),
            CorrectionNote = meta.EdNotes.Count == 0 ? null : FieldReading.Join(meta.EdNotes.Where(IsCorrectionNote).Select(n => n.Text), "\n"),
            EdNote = meta.EdNotes.Count == 0 ? null : FieldReading.Join(meta.EdNotes.Where(n => !IsCorrectionNote(n)).Select(n => n.Text), "\n"),
            Format = Format,
            Encoding = document.Encoding,
            Located = content.Located.Count > 0 ? G2Location.Describe(WithAssertedNames(content.Located[0], item.Asserts), language) : null,
            PreviousVersion = PreviousVersion(meta.Links),
            Creditline = G2TextChoice.Pick(content.Creditlines, language),
            Media = body.Media,
            ContentHash = StoryIdentity.ContentHash(body.Body),
            Warnings = warnings,
        };
    }

    // An edNote whose role names a correction ("enr:correction") is the public correction line, not a note to editors.
    private static bool IsCorrectionNote(G2Text note) => note.Role?.Contains("correction", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsSubHeadline(string? role) => role?.Contains("sub", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsSummary(string? role) =>
        role is null || role.Contains("summary", StringComparison.OrdinalIgnoreCase) || role.Contains("abstract", StringComparison.OrdinalIgnoreCase);

    // provider is the party that delivers; infoSource and creditline name the agency when a partner delivers its copy.
    private static string? Agency(G2NewsItem item, string? language)
    {
        if (item.ItemMeta.Provider is { } provider
            && (G2TextChoice.Name(provider, language) ?? G2Codes.CodeOf(provider.Qcode) ?? provider.Literal) is { } fromProvider)
            return fromProvider;
        foreach (var source in item.ContentMeta.InfoSources)
            if ((G2TextChoice.Name(source, language) ?? G2Codes.CodeOf(source.Qcode) ?? source.Literal) is { } fromSource)
                return fromSource;
        return G2TextChoice.Pick(item.ContentMeta.Creditlines, language) ?? HostOf(item.ItemMeta.Provider?.Uri);
    }

    private static string? HostOf(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0
            ? parsed.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? parsed.Host[4..] : parsed.Host
            : null;

    private static Dateline? Dateline(G2ContentMeta content, IReadOnlyList<G2Concept> asserts, NitfDocument? nitf, StoryBody body,
        string? language, ParseContext context, ICollection<string> warnings)
    {
        var dateline = G2TextChoice.Pick(content.Datelines, language) is { } text
            ? DatelineReading.FromText(text)
            : nitf is not null
                ? NitfMapper.Dateline(nitf, body, context, warnings)
                : body.Paragraphs.Count > 0 ? DatelineParser.Match(body.Paragraphs[0]) : null;
        return dateline is not null && content.Located.Count > 0
            ? G2Location.Complete(dateline, WithAssertedNames(content.Located[0], asserts), language)
            : dateline;
    }

    private static IReadOnlyList<Subject> Subjects(IReadOnlyList<G2Concept> concepts, IReadOnlyList<G2Concept> asserts, string? language)
    {
        if (concepts.Count == 0) return [];
        var subjects = new List<Subject>(concepts.Count);
        foreach (var concept in concepts)
            if (Subject(WithAssertedNames(concept, asserts), language) is { } subject) subjects.Add(subject);
        return subjects;
    }

    private static string? PreviousVersion(IReadOnlyList<G2Link> links)
    {
        foreach (var link in links)
            if (G2Codes.Is(link.Rel, "previousVersion")) return link.Residref ?? link.Href;
        return null;
    }

    /// <summary>A concept named only by qcode takes its names from the item's assert about that qcode.</summary>
    private static G2Concept WithAssertedNames(G2Concept concept, IReadOnlyList<G2Concept> asserts)
    {
        if (asserts.Count == 0 || concept.Qcode is null) return concept;
        var assert = asserts.FirstOrDefault(a => a.Qcode == concept.Qcode);
        return assert is null ? concept : concept with
        {
            Names = concept.Names.Count > 0 ? concept.Names : assert.Names,
            Broader = concept.Broader.Count > 0 ? concept.Broader : assert.Broader,
        };
    }

    private static Subject? Subject(G2Concept concept, string? language)
    {
        var name = G2TextChoice.Name(concept, language);
        var id = concept.Qcode ?? concept.Uri;
        if (id is null && name is null && concept.Literal is null) return null;
        return new Subject(id is null ? concept.Literal : G2Codes.CodeOf(id), name, G2Codes.SchemeOf(id));
    }

    private static PubStatus PubStatusOf(string? qcode, ICollection<string> warnings)
    {
        if (qcode is null) return PubStatus.Usable;
        if (StatusWords.ToPubStatus(G2Codes.CodeOf(qcode)) is { } status) return status;
        warnings.Add($"itemMeta/pubStatus: '{qcode}' is not stat:usable, stat:withheld or stat:canceled; read as usable");
        return PubStatus.Usable;
    }

    private static Embargo? Embargo(string? embargoed, ParseContext context, ICollection<string> warnings)
    {
        if (embargoed is null) return null;
        if (embargoed.Length == 0) return new Embargo(null);
        // An embargo whose time cannot be read still holds: open-ended, until an editor releases it.
        return new Embargo(FieldReading.Date(embargoed, "itemMeta/embargoed", context, warnings));
    }

    private static Signals SignalsOf(IReadOnlyList<string> qcodes, PubStatus pubStatus)
    {
        var signals = Signals.None;
        foreach (var qcode in qcodes)
        {
            if (G2Codes.Is(qcode, "update")) signals |= Signals.Update;
            else if (G2Codes.Is(qcode, "correction")) signals |= Signals.Correction;
        }
        return pubStatus == PubStatus.Canceled ? signals | Signals.Kill : signals;
    }
}
