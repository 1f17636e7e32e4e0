using System.Text.RegularExpressions;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// The attribution line of a republished page (PRODUCT.md §2): "By ANI | Updated: January 9, 2026 15:55 IST"
/// with the page's machine timestamps glued on ("2026-01-09T21:21:54+5:30" modified, then published).
/// </summary>
internal sealed partial record PageByline(string By, string? Label, string? When, IReadOnlyList<string> Stamps)
{
    public static PageByline? Read(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var stamps = Stamp().Matches(m.Groups["stamps"].Value).Select(s => s.Value).ToList();
        var when = m.Groups["when"].Value.Trim();
        return new PageByline(m.Groups["by"].Value.Trim(), m.Groups["label"].Value, when.Length > 0 ? when : null, stamps);
    }

    private const string StampPattern = @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{1,2}:\d{2}|[+-]\d{4})";

    [GeneratedRegex(
        @"^By\s+(?<by>[^|]+?)\s*\|\s*(?<label>Last\s+Updated|Updated|Published|Posted|First\s+Published)\s*:?\s*" +
        @"(?<when>.*?)\s*(?<stamps>(?:" + StampPattern + @"\s*)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(StampPattern)]
    private static partial Regex Stamp();
}
