using System.Text;
using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;
using WireDesk.Formats.Text;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMl1;

/// <summary>
/// A NewsML 1.2 NewsItem to the canonical story. NewsLines and NewsManagement win; an inline NITF document fills
/// what they leave out. Nested NewsComponents are searched depth-first for the lines and the text content.
/// </summary>
public static class NewsMl1Mapper
{
    public const string Format = "newsml-1.2";

    public static MappedItem Map(NewsMl1Item item, NewsMl1Envelope? envelope, string where, DecodedDocument document, ParseContext context)
    {
        var warnings = new List<string>(document.Warnings);
        var management = item.Management;
        var components = item.Component is null ? [] : Flatten(item.Component).ToList();
        var lines = components.Select(c => c.NewsLines).OfType<NewsMl1NewsLines>().FirstOrDefault() ?? new NewsMl1NewsLines();
        var text = Body(components, warnings);
        var nitf = text.Nitf;

        var headline = lines.HeadLine ?? nitf?.BodyHead.Headline;
        var agency = components.Select(c => c.Provider ?? c.SourceParty).FirstOrDefault(p => p is not null)
            ?? item.Identifier.ProviderId ?? lines.CreditLine ?? context.DefaultAgency;
        var versionCreated = FieldReading.Date(management.ThisRevisionCreated, "NewsManagement/ThisRevisionCreated", context, warnings)
            ?? FieldReading.Date(envelope?.DateAndTime, "NewsEnvelope/DateAndTime", context, warnings);
        var dateline = lines.DateLine is { } datelineText
            ? DatelineReading.FromText(datelineText)
            : nitf is not null ? NitfMapper.Dateline(nitf, text.Body, context, warnings)
            : text.Body.Paragraphs.Count > 0 ? DatelineParser.Match(text.Body.Paragraphs[0]) : null;

        var guid = Guid(item.Identifier);
        if (guid is null)
        {
            if (headline is null) return new ParseError(where, "NewsItem has no NewsIdentifier and no headline: it cannot be identified");
            guid = StoryIdentity.DerivedGuid(agency, headline, dateline?.Month ?? versionCreated?.Month, dateline?.Day ?? versionCreated?.Day);
            warnings.Add("Identification/NewsIdentifier is missing: guid derived from agency, headline and dateline date");
        }
        var version = FieldReading.Int(item.Identifier.RevisionId, "NewsIdentifier/RevisionId", warnings);
        var pubStatus = PubStatusOf(management.Status, warnings);
        if (text.Body.IsEmpty && pubStatus == PubStatus.Usable) warnings.Add("no text ContentItem with DataContent");
        return new Story
        {
            Source = context.Source,
            Agency = agency,
            Guid = guid,
            Version = version,
            FirstCreated = FieldReading.Date(management.FirstCreated, "NewsManagement/FirstCreated", context, warnings),
            VersionCreated = versionCreated,
            Headline = headline,
            SubHeadline = lines.SubHeadLine ?? nitf?.BodyHead.SubHeadline,
            Byline = lines.ByLine ?? nitf?.BodyHead.Bylines.FirstOrDefault(),
            Slugline = lines.SlugLine,
            Summary = nitf is null ? null : NitfMapper.Summary(nitf),
            Dateline = dateline,
            Body = text.Body,
            Language = components.Select(c => c.Language).FirstOrDefault(l => l is not null) ?? nitf?.Language,
            Subjects = components.SelectMany(c => c.Subjects).Select(s => new Subject(s.FormalName, null, s.Scheme ?? s.Level)).ToList(),
            Keywords = lines.KeywordLines,
            Urgency = FieldReading.Int(management.Urgency, "NewsManagement/Urgency", warnings),
            Priority = FieldReading.Int(envelope?.Priority, "NewsEnvelope/Priority", warnings),
            Genre = components.Select(c => c.Genre).FirstOrDefault(g => g is not null),
            PubStatus = pubStatus,
            Embargo = Embargo(management, context, warnings),
            Signals = SignalsOf(item, version, pubStatus),
            Format = Format,
            Encoding = document.Encoding,
            Creditline = lines.CreditLine,
            Media = components.SelectMany(c => c.ContentItems).Where(c => !c.IsText && c.Href is not null)
                .Select(c => new MediaLink(c.Href!) { Type = c.MimeType, Rel = c.MediaType }).ToList(),
            ContentHash = StoryIdentity.ContentHash(text.Body),
            Warnings = warnings,
        };
    }

    /// <summary>PublicIdentifier without its final revision part, else the URN built from its parts.</summary>
    private static string? Guid(NewsMl1Identifier identifier)
    {
        if (identifier.PublicIdentifier is { } urn)
        {
            var cut = urn.LastIndexOf(':');
            return cut > 0 && IsRevision(urn.AsSpan(cut + 1)) ? urn[..cut] : urn;
        }
        return identifier is { ProviderId: { } provider, DateId: { } date, NewsItemId: { } id } ? $"urn:newsml:{provider}:{date}:{id}" : null;
    }

    // "3", or "3U" / "3A" / "3N" with the Update letter appended.
    private static bool IsRevision(ReadOnlySpan<char> part)
    {
        if (part.Length == 0 || !char.IsAsciiDigit(part[0])) return false;
        var digits = part.TrimEnd("NAU");
        return digits.Length >= part.Length - 1 && !digits.ContainsAnyExcept("0123456789");
    }

    private static IEnumerable<NewsMl1Component> Flatten(NewsMl1Component component)
    {
        yield return component;
        foreach (var child in component.Components)
            foreach (var nested in Flatten(child)) yield return nested;
    }

    private static EmbeddedBody Body(IReadOnlyList<NewsMl1Component> components, ICollection<string> warnings)
    {
        foreach (var contentItem in components.SelectMany(c => c.ContentItems))
        {
            if (!contentItem.IsText || contentItem.DataContent is not { } data) continue;
            var body = string.Equals(contentItem.Notation, "base64", StringComparison.OrdinalIgnoreCase)
                ? new EmbeddedBody(FromBase64(data.Value, contentItem.MimeType, warnings), null)
                : EmbeddedBodyReader.FromContainer(data, contentItem.MimeType ?? contentItem.Format);
            if (!body.Body.IsEmpty) return body;
        }
        return EmbeddedBody.Empty;
    }

    private static StoryBody FromBase64(string text, string? mimeType, ICollection<string> warnings)
    {
        try
        {
            return EmbeddedBodyReader.FromText(Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim())), mimeType);
        }
        catch (FormatException)
        {
            warnings.Add("ContentItem/DataContent: Encoding is base64 but the data is not valid base64");
            return StoryBody.Empty;
        }
    }

    private static PubStatus PubStatusOf(string? status, ICollection<string> warnings)
    {
        if (status is null) return PubStatus.Usable;
        if (StatusWords.ToPubStatus(status) is { } pubStatus) return pubStatus;
        warnings.Add($"NewsManagement/Status: '{status}' is not Usable, Embargoed, Withheld or Canceled; read as usable");
        return PubStatus.Usable;
    }

    private static Embargo? Embargo(NewsMl1Management management, ParseContext context, ICollection<string> warnings)
    {
        if (!StatusWords.IsEmbargoed(management.Status)) return null;
        return new Embargo(FieldReading.Date(management.StatusChangesAt, "StatusWillChange/DateAndTimeOfChange", context, warnings));
    }

    private static Signals SignalsOf(NewsMl1Item item, int? version, PubStatus pubStatus)
    {
        var signals = Signals.None;
        var previous = item.Identifier.PreviousRevision;
        if (version > 1 || (previous is not null && previous != "0")) signals |= Signals.Update;
        foreach (var instruction in item.Management.Instructions)
        {
            if (instruction.Contains("correct", StringComparison.OrdinalIgnoreCase) || instruction.Contains("rectif", StringComparison.OrdinalIgnoreCase))
                signals |= Signals.Correction;
            else if (instruction.Contains("update", StringComparison.OrdinalIgnoreCase))
                signals |= Signals.Update;
        }
        return pubStatus == PubStatus.Canceled ? signals | Signals.Kill : signals;
    }
}
