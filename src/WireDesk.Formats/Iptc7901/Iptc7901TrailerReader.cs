using System.Globalization;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Iptc7901;

/// <summary>Reads the IPTC 7901 date-time group and recognises the sender's signature line before it.</summary>
public static partial class Iptc7901TrailerReader
{
    private const int MaxSignatureLength = 40;

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // English and German month abbreviations (dpa, APA, SDA send 7901 in German).
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["mär"] = 3, ["mrz"] = 3, ["apr"] = 4, ["may"] = 5, ["mai"] = 5,
        ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["okt"] = 10, ["nov"] = 11,
        ["dec"] = 12, ["dez"] = 12,
    };

    public static bool IsDateTimeGroup(string line) => Read(line) is not null;

    /// <summary>A short line that starts with the source id ("dpa ab xx"): the sender's signature, not body text.</summary>
    public static bool IsSignature(string line, string? sourceId) =>
        sourceId is not null && line.Length <= MaxSignatureLength
        && line.StartsWith(sourceId, StringComparison.OrdinalIgnoreCase)
        && (line.Length == sourceId.Length || line[sourceId.Length] == ' ');

    public static Iptc7901Trailer? Read(string line)
    {
        var m = DateTimeGroupPattern().Match(line.Trim());
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value, out var month)) return null;

        var day = Int(m, "dd");
        if (day is < 1 or > 31) return null;
        var year = Int(m, "yy");
        if (m.Groups["yy"].Value.Length == 2) year += year < 70 ? 2000 : 1900;

        var zone = m.Groups["z"].Success ? " " + m.Groups["z"].Value : "";
        var dateText = $"{day:00} {MonthAbbreviations[month - 1]} {year:0000} {m.Groups["hh"].Value}:{m.Groups["mi"].Value}{zone}";
        return new Iptc7901Trailer(line.Trim(), month, day, dateText);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<dd>[0-3]\d)(?<hh>[01]\d|2[0-3])(?<mi>[0-5]\d)\s*(?<z>[A-Z]{1,4})?\s+(?<mon>\p{L}{3})\p{L}*\.?\s+(?<yy>\d{4}|\d{2})$")]
    private static partial Regex DateTimeGroupPattern();
}
