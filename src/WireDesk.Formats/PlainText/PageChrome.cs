using System.Text.RegularExpressions;

namespace WireDesk.Formats.PlainText;

/// <summary>Lines a republishing site adds around the agency story (PRODUCT.md §2) that are never body text.</summary>
internal static partial class PageChrome
{
    private static readonly HashSet<string> AppLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Open in app", "Open in App", "Read in app", "Get the app", "Download the app",
    };

    /// <summary>The per-source disclaimer: the story ends before it.</summary>
    public static bool IsDisclaimer(string line) => line.StartsWith("Disclaimer:", StringComparison.OrdinalIgnoreCase);

    public static bool IsAppLink(string line) => AppLinks.Contains(line);

    /// <summary>A listing teaser: a line cut with "..." whose text opens a later line of the page.</summary>
    public static bool IsTeaser(string line, IEnumerable<string> laterLines)
    {
        var stem = TeaserEnd().Replace(line, "");
        if (stem.Length == line.Length || stem.Length < 20) return false;
        return laterLines.Any(later => later.Length > stem.Length && later.StartsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>A plain byline under a headline in bare copy: "By Jane Doe", "By JANE DOE, Associated Press".</summary>
    public static string? Byline(string line)
    {
        var m = BylinePattern().Match(line);
        return m.Success ? m.Groups["by"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\s*(?:\.\.\.|…)$")]
    private static partial Regex TeaserEnd();

    [GeneratedRegex(@"^By\s+(?<by>\p{Lu}[^.!?|]{1,60})$")]
    private static partial Regex BylinePattern();
}
