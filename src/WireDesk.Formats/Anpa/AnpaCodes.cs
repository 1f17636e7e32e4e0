using WireDesk.Core.Stories;

namespace WireDesk.Formats.Anpa;

/// <summary>ANPA-1312 priority and category codes as AP uses them.</summary>
public static class AnpaCodes
{
    public const string CategoryScheme = "anpa-1312-category";

    private static readonly Dictionary<char, int> Priorities = new()
    {
        ['f'] = 1, // flash
        ['b'] = 2, // bulletin
        ['u'] = 3, // urgent
        ['r'] = 4, // regular
        ['d'] = 5, // deferred
        ['a'] = 6, // weekday advance
        ['s'] = 6, // weekend advance
    };

    private static readonly Dictionary<string, string> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = "Domestic general news",
        ["e"] = "Entertainment",
        ["f"] = "Financial",
        ["i"] = "International",
        ["k"] = "Commentary",
        ["l"] = "Lifestyle",
        ["n"] = "State and regional",
        ["p"] = "National politics",
        ["q"] = "Sports results",
        ["r"] = "Regional",
        ["s"] = "Sports",
        ["t"] = "Travel",
        ["v"] = "Advisories",
        ["w"] = "Washington",
    };

    /// <summary>The priority as a rank, 1 (flash) to 6 (advance); null for a letter ANPA does not define.</summary>
    public static int? Priority(char? letter) =>
        letter is { } c && Priorities.TryGetValue(char.ToLowerInvariant(c), out var rank) ? rank : null;

    public static Subject? Category(string? code) =>
        string.IsNullOrEmpty(code) ? null : new Subject(code, Categories.GetValueOrDefault(code), CategoryScheme);
}
