using System.Text.RegularExpressions;
using NodaTime;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// The attribution and time lines of a republished page (PRODUCT.md §2): "By ANI | Updated: January 9, 2026 15:55 IST"
/// with the page's machine timestamps glued on ("2026-01-09T21:21:54+5:30" modified, then published). Variants
/// without the "By" part ("Updated: ..."), or with the timestamps on a line of their own, are read too.
/// </summary>
internal sealed partial record PageByline(string? By, string? Label, string? When, IReadOnlyList<string> Stamps)
{
    public static PageByline? Read(string line)
    {
        var stampsOnly = StampsOnly().Match(line);
        if (stampsOnly.Success) return new PageByline(null, null, null, ReadStamps(stampsOnly.Value));

        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var by = m.Groups["by"].Success ? m.Groups["by"].Value.Trim() : null;
        var when = m.Groups["when"].Value.Trim() is { Length: > 0 } w ? w : null;
        var stamps = ReadStamps(m.Groups["stamps"].Value);

        // Without "By ... |" the line must really be a time line, not a lead sentence opening with "Published".
        if (by is null && stamps.Count == 0 && WireDateParser.Parse(when, DateTimeZone.Utc, new List<string>(), "probe") is null)
            return null;
        return new PageByline(by, m.Groups["label"].Value, when, stamps);
    }

    /// <summary>This line's parts added to an earlier line's: the first attribution and visible time win, stamps add up.</summary>
    public PageByline Merge(PageByline later) =>
        new(By ?? later.By, Label ?? later.Label, When ?? later.When, [.. Stamps, .. later.Stamps]);

    private static List<string> ReadStamps(string text) => Stamp().Matches(text).Select(s => s.Value).ToList();

    private const string StampPattern = @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{1,2}:\d{2}|[+-]\d{4})";

    [GeneratedRegex(
        @"^(?:By\s+(?<by>[^|]+?)\s*\|\s*)?(?<label>Last\s+Updated|Updated|Published|Posted|First\s+Published)\s*:?\s*" +
        @"(?<when>.*?)\s*(?<stamps>(?:" + StampPattern + @"\s*)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:" + StampPattern + @"\s*)+$")]
    private static partial Regex StampsOnly();

    [GeneratedRegex(StampPattern)]
    private static partial Regex Stamp();
}
