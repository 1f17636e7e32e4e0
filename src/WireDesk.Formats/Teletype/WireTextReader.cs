using System.Text.RegularExpressions;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Teletype;

/// <summary>
/// Reads the text of a teletype message in the order agencies send it: keyword line, advisories ("Eds:", KILL,
/// CORRECTS, embargo/hold), headline (up to three short lines), byline, then body paragraphs, then the trailer.
/// Paragraphs are separated by blank lines or by indentation (tab or two spaces); a body with neither has one
/// paragraph per line. Trap: a multi-line headline with no blank line before short, dateline-less paragraphs cannot
/// be told from those paragraphs; only the first line is then taken as the headline when the block is long.
/// </summary>
public static partial class WireTextReader
{
    private const int MaxHeadlineLines = 3;
    private const int MaxHeadlineLineLength = 80;
    private const int MaxBylineLength = 80;

    private static readonly HashSet<string> EndMarkers = new(StringComparer.Ordinal)
    {
        "END", "(END)", "MORE", "(MORE)", "-0-", "xxx", "XXX", "#", "###",
    };

    public static WireText Read(string text, WireTextRules rules)
    {
        var lines = WireLine.Split(text);
        var end = lines.Count;
        var trailer = new List<string>();
        while (end > 0 && (lines[end - 1].IsBlank || rules.IsTrailerLine(lines[end - 1].Content)))
        {
            if (!lines[end - 1].IsBlank) trailer.Insert(0, lines[end - 1].Content);
            end--;
        }

        var i = SkipBlank(lines, 0, end);
        string? keyword = null;
        if (i < end && rules.IsKeywordLine(lines[i].Content)) keyword = lines[i++].Content;

        var advisories = new List<Advisory>();
        for (i = SkipBlank(lines, i, end); i < end && AdvisoryReader.Read(lines[i].Content) is { } advisory; i = SkipBlank(lines, i + 1, end))
            advisories.Add(advisory);

        var headline = ReadHeadline(lines, ref i, end, rules.HeadlineEndMark);
        i = SkipBlank(lines, i, end);
        var byline = ReadByline(lines, ref i, end);

        return new WireText
        {
            KeywordLine = keyword,
            Advisories = advisories,
            Headline = headline,
            Byline = byline,
            Paragraphs = ReadParagraphs(lines, i, end),
            Trailer = trailer,
        };
    }

    private static int SkipBlank(IReadOnlyList<WireLine> lines, int i, int end)
    {
        while (i < end && lines[i].IsBlank) i++;
        return i;
    }

    private static string? ReadHeadline(IReadOnlyList<WireLine> lines, ref int i, int end, string? endMark)
    {
        if (i >= end || IsByline(lines[i].Content) || StartsWithDateline(lines[i].Content)) return null;

        var first = lines[i];
        var blockEnd = i + 1;
        var marked = endMark is not null && first.Content.EndsWith(endMark, StringComparison.Ordinal);
        while (!marked && blockEnd < end && IsHeadlineContinuation(lines[blockEnd], first))
        {
            marked = endMark is not null && lines[blockEnd].Content.EndsWith(endMark, StringComparison.Ordinal);
            blockEnd++;
        }

        var count = blockEnd - i;
        var take = count <= MaxHeadlineLines && AllShort(lines, i, blockEnd) ? count : 1;
        var headline = string.Join(" ", Enumerable.Range(i, take).Select(k => lines[k].Content));
        i += take;
        if (endMark is not null && headline.EndsWith(endMark, StringComparison.Ordinal))
            headline = headline[..^endMark.Length].TrimEnd();
        return headline.Length == 0 ? null : headline;
    }

    private static bool IsHeadlineContinuation(WireLine line, WireLine first) =>
        !line.IsBlank && line.Indented == first.Indented && !IsByline(line.Content) && !StartsWithDateline(line.Content);

    private static bool AllShort(IReadOnlyList<WireLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lines[k].Content.Length > MaxHeadlineLineLength) return false;
        return true;
    }

    private static string? ReadByline(IReadOnlyList<WireLine> lines, ref int i, int end)
    {
        if (i >= end || !IsByline(lines[i].Content)) return null;
        var parts = new List<string> { lines[i++].Content.TrimEnd('=').TrimEnd() };
        if (i < end && !lines[i].IsBlank && !StartsWithDateline(lines[i].Content)
            && lines[i].Content.Length <= MaxBylineLength && BylineTitlePattern().IsMatch(lines[i].Content))
            parts.Add(lines[i++].Content.TrimEnd('=').TrimEnd());
        return string.Join(", ", parts);
    }

    private static List<string> ReadParagraphs(IReadOnlyList<WireLine> lines, int from, int end)
    {
        var separated = false;
        for (var k = from; k < end; k++)
            if (lines[k].IsBlank || (lines[k].Indented && k > from)) separated = true;

        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var k = from; k < end; k++)
        {
            var line = lines[k];
            if (line.IsBlank || line.Indented || !separated) Flush(current, paragraphs);
            if (!line.IsBlank) current.Add(line.Content);
        }

        Flush(current, paragraphs);
        while (paragraphs.Count > 0 && EndMarkers.Contains(paragraphs[^1])) paragraphs.RemoveAt(paragraphs.Count - 1);
        return paragraphs;
    }

    private static void Flush(List<string> current, List<string> paragraphs)
    {
        if (current.Count == 0) return;
        paragraphs.Add(string.Join(" ", current));
        current.Clear();
    }

    private static bool IsByline(string line) => line.Length <= MaxBylineLength && BylinePattern().IsMatch(line);

    /// <summary>True when the line opens with an agency dateline ("DENVER (AP) _ ", "Berlin (dpa) - ").</summary>
    public static bool StartsWithDateline(string line) =>
        AgencyDatelinePattern().IsMatch(line) || DatelineParser.Match(line) is not null;

    [GeneratedRegex(@"^By\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"(?:Writer|Correspondent|Editor|Reporter|Staff|Press|Columnist|Photographer)\W*=?$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineTitlePattern();

    // The dateline closes with "(Agency)" and a separator: AP's ANPA " _ ", a dash, or a colon.
    [GeneratedRegex(@"^\S[^()]{0,80}\([A-Za-z][A-Za-z\-. ]{0,20}\)\s*(?:_|-{1,2}|\u2014|\u2013|:)\s")]
    private static partial Regex AgencyDatelinePattern();
}
