using System.Globalization;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Anpa;

/// <summary>Reads AP's ANPA trailer line into an <see cref="AnpaTrailer"/>.</summary>
public static partial class AnpaTrailerReader
{
    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool IsTrailer(string line) => TrailerPattern().IsMatch(line.Trim());

    public static AnpaTrailer? Read(string line)
    {
        var m = TrailerPattern().Match(line.Trim());
        if (!m.Success) return null;

        var month = Int(m, "mm");
        var day = Int(m, "dd");
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;

        // Two-digit years: 00-69 are 20xx, 70-99 are 19xx (ANPA-1312 dates from the 1970s).
        var year = Int(m, "yy");
        if (m.Groups["yy"].Value.Length == 2) year += year < 70 ? 2000 : 1900;

        var time = m.Groups["hhmm"].Value;
        var zone = m.Groups["zone"].Success ? " " + m.Groups["zone"].Value : "";
        var dateText = $"{day:00} {MonthAbbreviations[month - 1]} {year:0000} {time[..2]}:{time[2..]}{zone}";
        return new AnpaTrailer(line.Trim(), m.Groups["agency"].Value, m.Groups["desk"].Value, month, day, dateText);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<agency>[A-Z][A-Za-z]{1,9})-(?<desk>[A-Z0-9]{1,5})-(?<mm>\d{2})-(?<dd>\d{2})-(?<yy>\d{4}|\d{2})\s+" +
        @"(?<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?<zone>[A-Z]{1,5})?\s*<?$")]
    private static partial Regex TrailerPattern();
}
