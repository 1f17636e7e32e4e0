using System.Globalization;
using WireDesk.Core.Stories;
using WireDesk.Formats.Detection;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// Plain agency copy (headline line, then paragraphs opening with the dateline) and the text of republished story
/// pages (PRODUCT.md §2), whose chrome — attribution line, machine timestamps, teaser, repeated headline,
/// disclaimer, app link — is told apart from the story. The body is the agency's paragraphs verbatim.
/// Byline: set only when the copy names one ("By ANI | Updated ..." gives "ANI"; "By Jane Doe" gives "Jane Doe");
/// an agency named only in the dateline is the Agency, not a byline.
/// </summary>
public sealed class PlainTextParser : IStoryParser
{
    private const int MaxHeadlineLength = 300;

    public string Format => FormatNames.PlainText;

    public ParseResult Parse(DecodedDocument document, ParseContext context)
    {
        var where = document.Source.Name;
        var size = document.Source.Bytes.LongLength;
        if (size > context.MaxDocumentBytes)
            return ParseResult.Failed(where, string.Create(
                CultureInfo.InvariantCulture, $"document is {size:N0} bytes, over the limit of {context.MaxDocumentBytes:N0} bytes"));
        if (BinarySniffer.Reason(document) is { } binary) return ParseResult.Failed(where, binary);
        if (string.IsNullOrWhiteSpace(document.Text)) return ParseResult.Failed(where, "empty document: no text to read");

        var layout = CopyLayout.Read(CopyLine.Split(document.Text));
        if (layout.Headline is null) return ParseResult.Failed(where, "no headline: no line of copy before the body (or the copy opens with its dateline)");

        var paragraphs = ParagraphAssembler.Assemble(layout.BodyLines);
        var advisories = AdvisoryReading.Read(layout.Advisories, context.Zone);
        if (paragraphs.Count == 0 && !advisories.Killed)
            return ParseResult.Failed(where, $"no body: nothing follows the headline '{layout.Headline}'");

        return new ParseResult([BuildStory(document, context, layout, paragraphs, advisories)], []);
    }

    private static Story BuildStory(
        DecodedDocument document, ParseContext context, CopyLayout layout, IReadOnlyList<string> paragraphs, AdvisoryReading advisories)
    {
        var warnings = new List<string>(document.Warnings);
        warnings.AddRange(advisories.Warnings);
        if (layout.SkippedLines.Count > 0)
            warnings.Add($"ignored {layout.SkippedLines.Count} line(s) between the headline and the dateline (from line {layout.SkippedLines[0].Number})");

        var times = PageTimes.Read(layout.PageByline, context.Zone, warnings);
        var dateline = layout.BodyOpensWithDateline ? DatelineParser.Match(paragraphs[0]) : null;
        if (dateline is null && paragraphs.Count > 0) warnings.Add("no dateline found");
        if (dateline is { Month: { } month, Day: { } day } && (times.FirstCreated ?? times.VersionCreated) is { } reference)
            dateline = dateline with { Year = DatelineParser.InferYear(month, day, reference, context.Zone) };

        var byline = layout.PageByline?.By ?? layout.Byline;
        if (layout.Headline!.Length > MaxHeadlineLength)
            warnings.Add($"headline is {layout.Headline.Length} characters long: the copy may have no headline line");
        var agency = dateline?.Agency ?? (byline is not null && AgencyNames.IsKnown(byline) ? byline : null) ?? context.DefaultAgency;
        var headline = layout.Headline!;
        var body = BodyBuilder.FromParagraphs(paragraphs);
        var signals = HeadlineSignals.Read(headline) | (advisories.Killed ? Signals.Kill : Signals.None);

        return new Story
        {
            Source = context.Source,
            Agency = agency,
            Guid = StoryIdentity.DerivedGuid(agency, headline, dateline?.Month, dateline?.Day),
            Version = null,
            FirstCreated = times.FirstCreated,
            VersionCreated = times.VersionCreated,
            Headline = HeadlineSignals.Strip(headline),
            Byline = byline,
            Dateline = dateline,
            Body = body,
            PubStatus = advisories.Killed ? PubStatus.Canceled : PubStatus.Usable,
            Embargo = advisories.Embargo,
            Signals = signals,
            EdNote = advisories.EdNote,
            Format = FormatNames.PlainText,
            Encoding = document.Encoding,
            ContentHash = StoryIdentity.ContentHash(body),
            Warnings = warnings,
        };
    }
}
