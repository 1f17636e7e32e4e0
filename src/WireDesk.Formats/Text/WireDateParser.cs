using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace WireDesk.Formats.Text;

/// <summary>
/// Reads the dates agencies and feeds send (PRODUCT.md §6): RFC 822/1123 with named zones, ISO 8601 extended and
/// basic (including the non-standard "+5:30"), "January 9, 2026 15:55 IST", and epoch seconds. The offset the text
/// gives is kept; a time without one is read in the source's zone and says so. Never "now", never a guess.
/// </summary>
public static partial class WireDateParser
{
    /// <summary>
    /// The date in <paramref name="text"/>, or null. Null or blank text is "no date" and adds no warning; text that
    /// cannot be read adds "{field}: cannot read '{text}' as a date"; an unknown zone name reads the time in
    /// <paramref name="defaultZone"/> and adds a warning.
    /// </summary>
    public static WireDate? Parse(string? text, DateTimeZone defaultZone, ICollection<string> warnings, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        var reading = ReadEpoch(trimmed) ?? ReadIso(trimmed) ?? ReadWithMonthName(trimmed);
        if (reading is null)
        {
            warnings.Add($"{field}: cannot read '{trimmed}' as a date");
            return null;
        }

        return reading.Value.Epoch is { } epoch
            ? new WireDate(epoch, "epoch seconds (UTC)")
            : Resolve(reading.Value.Local, reading.Value.Zone, trimmed, defaultZone, warnings, field);
    }

    private static WireDate? Resolve(
        LocalDateTime local, string? zoneText, string text, DateTimeZone defaultZone, ICollection<string> warnings, string field)
    {
        if (zoneText is null)
            return new WireDate(InZone(local, defaultZone), $"no zone in the text; read in {defaultZone.Id}");

        if (OffsetText.TryRead(zoneText, out var offset))
            return Fixed(local, offset, $"offset {zoneText} in the text", text, warnings, field);

        var name = zoneText.Trim('(', ')');
        if (ZoneAbbreviations.TryGet(name, out offset))
            return Fixed(local, offset, $"zone {name} read as {OffsetText.Format(offset)}", text, warnings, field);

        if (name.Contains('/') && DateTimeZoneProviders.Tzdb.GetZoneOrNull(name) is { } named)
            return new WireDate(InZone(local, named), $"zone {named.Id}");

        warnings.Add($"{field}: unknown zone '{name}' in '{text}'; read in {defaultZone.Id}");
        return new WireDate(InZone(local, defaultZone), $"unknown zone '{name}'; read in {defaultZone.Id}");
    }

    private static WireDate? Fixed(
        LocalDateTime local, TimeSpan offset, string provenance, string text, ICollection<string> warnings, string field)
    {
        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            warnings.Add($"{field}: cannot read '{text}' as a date (offset out of range)");
            return null;
        }

        return new WireDate(new DateTimeOffset(local.ToDateTimeUnspecified(), offset), provenance);
    }

    private static DateTimeOffset InZone(LocalDateTime local, DateTimeZone zone) =>
        local.InZoneLeniently(zone).ToDateTimeOffset();

    private static Reading? ReadEpoch(string text)
    {
        if (!EpochPattern().IsMatch(text)) return null;
        return new Reading(default, null, DateTimeOffset.FromUnixTimeSeconds(long.Parse(text, CultureInfo.InvariantCulture)));
    }

    private static Reading? ReadIso(string text)
    {
        var m = IsoPattern().Match(text);
        if (!m.Success) return null;
        var local = Build(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), m.Groups["f"].Value, null);
        return local is null ? null : new Reading(local.Value, Zone(m), null);
    }

    private static Reading? ReadWithMonthName(string text)
    {
        var m = MonthNamePattern().Match(text);
        if (!m.Success) return null;
        var month = MonthNames.ToNumber(m.Groups["mon"].Value);
        var year = Int(m, "y");
        if (month is null) return null;
        if (m.Groups["y"].Value.Length == 2) year += year < 50 ? 2000 : 1900;
        var local = Build(year, month.Value, Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), "", m.Groups["ampm"].Value);
        return local is null ? null : new Reading(local.Value, Zone(m), null);
    }

    private static LocalDateTime? Build(int year, int month, int day, int hour, int minute, int second, string fraction, string? ampm)
    {
        if (!string.IsNullOrEmpty(ampm))
        {
            if (hour is < 1 or > 12) return null;
            var pm = char.ToLowerInvariant(ampm[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59) return null;
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;
        var ticks = fraction.Length == 0 ? 0 : (long)(double.Parse("0." + fraction, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond);
        return new LocalDateTime(year, month, day, hour, minute, second).PlusTicks(ticks);
    }

    private static string? Zone(Match m) => m.Groups["z"].Success && m.Groups["z"].Length > 0 ? m.Groups["z"].Value : null;

    private static int Int(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private readonly record struct Reading(LocalDateTime Local, string? Zone, DateTimeOffset? Epoch);

    private const string ZonePattern =
        @"(?<z>(?:GMT|UTC|UT)?[+-]\d{1,2}(?::?\d{2})?|Z|\(?[A-Za-z][A-Za-z_/]*\)?)";

    [GeneratedRegex(@"^\d{9,10}$")]
    private static partial Regex EpochPattern();

    [GeneratedRegex(
        @"^(?<y>\d{4})(?:-(?<mo>\d{2})-(?<d>\d{2})|(?<mo>\d{2})(?<d>\d{2}))" +
        @"(?:[T ](?<h>\d{2})(?::?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?)?" +
        @"\s*" + ZonePattern + @"?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(
        @"^(?:[A-Za-z]{3,9}\.?,?\s+)?" +
        @"(?:(?<d>\d{1,2})[\s-]+(?<mon>" + MonthNames.Pattern + @")\.?,?[\s-]+(?<y>\d{4}|\d{2})" +
        @"|(?<mon>" + MonthNames.Pattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4}))" +
        @"(?:,?\s*(?:at\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?:[:.](?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)?" +
        @"(?:\s*" + ZonePattern + @")?(?:\s*\([^)]*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNamePattern();
}
