using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// Where the parts of plain copy are: advisories and the headline on top, then (on a republished page) the
/// attribution line, teaser and repeated headline, then the body from the dateline paragraph up to the
/// disclaimer. Lines are classified, never rewritten.
/// </summary>
internal sealed record CopyLayout(
    string? Headline,
    IReadOnlyList<Advisory> Advisories,
    PageByline? PageByline,
    string? Byline,
    IReadOnlyList<CopyLine> BodyLines,
    bool BodyOpensWithDateline,
    IReadOnlyList<CopyLine> SkippedLines)
{
    // The dateline paragraph is looked for among the first few unclassified lines after the headline only,
    // so that a later paragraph opening "NEW YORK (AP) —" in a roundup never cuts the lead off.
    private const int DatelineSearchDepth = 3;

    public static CopyLayout Read(IReadOnlyList<CopyLine> lines)
    {
        var advisories = new List<Advisory>();
        var index = 0;
        string? headline = null;
        for (; index < lines.Count && headline is null; index++)
        {
            if (lines[index].IsBlank) continue;
            if (AdvisoryLines.Read(lines[index].Text) is { } advisory)
            {
                advisories.Add(advisory);
                if (advisory is { Kill: true, KilledHeadline: { } killed }) headline = killed;
                continue;
            }

            headline = lines[index].Text;
        }

        // A first line that opens with a dateline is the lead, not a headline: never promote body text to a headline.
        if (headline is null || DatelineParser.Match(headline) is not null)
            return new CopyLayout(null, advisories, null, null, [], false, []);
        return ReadAfterHeadline(lines, index, headline, advisories);
    }

    private static CopyLayout ReadAfterHeadline(IReadOnlyList<CopyLine> lines, int start, string headline, List<Advisory> advisories)
    {
        PageByline? pageByline = null;
        string? byline = null;
        var candidates = new List<int>();
        var end = lines.Count;
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (PageChrome.IsDisclaimer(text))
            {
                end = i;
                break;
            }

            if (lines[i].IsBlank || PageChrome.IsAppLink(text)) continue;
            if (candidates.Count == 0 && PageByline.Read(text) is { } page)
            {
                pageByline = pageByline?.Merge(page) ?? page;
                continue;
            }

            if (candidates.Count == 0 && byline is null && pageByline is null && PageChrome.Byline(text) is { } by)
            {
                byline = by;
                continue;
            }

            if (candidates.Count == 0 && (text == headline || PageChrome.IsTeaser(text, lines.Skip(i + 1).Select(l => l.Text))))
                continue;
            if (candidates.Count == 0 && AdvisoryLines.Read(text) is { } advisory)
            {
                advisories.Add(advisory);
                continue;
            }

            candidates.Add(i);
        }

        if (candidates.Count == 0) return new CopyLayout(headline, advisories, pageByline, byline, [], false, []);

        var datelineAt = candidates.Take(DatelineSearchDepth).FirstOrDefault(i => DatelineParser.Match(lines[i].Text) is not null, -1);
        var bodyStart = datelineAt >= 0 ? datelineAt : candidates[0];
        var skipped = candidates.Where(i => i < bodyStart).Select(i => lines[i]).ToList();
        var body = new List<CopyLine>();
        for (var i = bodyStart; i < end; i++)
        {
            if (PageChrome.IsAppLink(lines[i].Text)) continue;
            if (AdvisoryLines.Read(lines[i].Text) is { } advisory)
            {
                advisories.Add(advisory);
                continue;
            }

            body.Add(lines[i]);
        }

        return new CopyLayout(headline, advisories, pageByline, byline, body, datelineAt >= 0, skipped);
    }
}
