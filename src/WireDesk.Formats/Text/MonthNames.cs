namespace WireDesk.Formats.Text;

/// <summary>English month names and their agency abbreviations (AP style "Sept.", "Jan.").</summary>
internal static class MonthNames
{
    /// <summary>A regex alternation matching any month name or abbreviation.</summary>
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public static int? ToNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3) return null;
        return key[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => null,
        };
    }
}
