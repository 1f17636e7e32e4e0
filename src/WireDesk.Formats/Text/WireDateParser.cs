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
        if ((ReadCommonIso(trimmed, defaultZone) ?? ReadCommonRfc822(trimmed)) is { } common) return common;
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

    /// <summary>
    /// The shape nearly every XML format sends, "2026-01-09T15:55:10(.fff)(Z|+05:30|+0530)", read without a regex; null
    /// for anything else (or anything out of range), which the general patterns then read with the same result.
    /// </summary>
    private static WireDate? ReadCommonIso(string text, DateTimeZone defaultZone)
    {
        var s = text.AsSpan();
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return null;
        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second))
            return null;
        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59) return null;
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;

        var rest = s[19..];
        long ticks = 0;
        if (rest.Length > 0 && rest[0] is '.' or ',')
        {
            var digits = rest[1..].IndexOfAnyExceptInRange('0', '9');
            if (digits < 0) digits = rest.Length - 1;
            if (digits is < 1 or > 9 || !Digits(rest.Slice(1, digits), out var fraction)) return null;
            // Same value as double.Parse("0." + digits): both are the correctly rounded quotient.
            ticks = (long)(fraction / (double)PowersOfTen[digits] * TimeSpan.TicksPerSecond);
            rest = rest[(1 + digits)..];
        }

        var local = new LocalDateTime(year, month, day, hour, minute, second).PlusTicks(ticks);
        if (rest.Length == 0) return new WireDate(InZone(local, defaultZone), $"no zone in the text; read in {defaultZone.Id}");
        if (rest is "Z") return new WireDate(new DateTimeOffset(local.ToDateTimeUnspecified(), TimeSpan.Zero), "zone Z read as +00:00");

        // "+05:30" or "+0530"; anything else (GMT+5:30, +5:30, names) goes the general way.
        if (rest.Length is not (5 or 6) || rest[0] is not ('+' or '-')) return null;
        var minutesAt = rest.Length == 6 ? 4 : 3;
        if (rest.Length == 6 && rest[3] != ':') return null;
        if (!Digits(rest.Slice(1, 2), out var offsetHours) || !Digits(rest.Slice(minutesAt, 2), out var offsetMinutes)) return null;
        if (offsetMinutes > 59 || offsetHours > 14 || (offsetHours == 14 && offsetMinutes > 0)) return null;
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        if (rest[0] == '-') offset = -offset;
        return new WireDate(new DateTimeOffset(local.ToDateTimeUnspecified(), offset), $"offset {rest} in the text");
    }

    /// <summary>
    /// The shape RSS sends, "Fri, 09 Jan 2026 15:55:10 +0530" or "... GMT" (a known zone name), read without a regex;
    /// null for anything else, which the general patterns then read with the same result.
    /// </summary>
    private static WireDate? ReadCommonRfc822(string text)
    {
        var s = text.AsSpan();
        if (s.Length > 5 && s[3] == ',' && s[4] == ' ' && char.IsAsciiLetter(s[0])) s = s[5..];
        var dayLength = s.Length > 1 && char.IsAsciiDigit(s[1]) ? 2 : 1;
        // d[d] Mon yyyy HH:mm[:ss] ZONE
        if (s.Length < dayLength + 18 || s[dayLength] != ' ' || s[dayLength + 4] != ' ' || s[dayLength + 9] != ' ') return null;
        if (!Digits(s[..dayLength], out var day) || !Digits(s.Slice(dayLength + 5, 4), out var year)) return null;
        var month = MonthOf(s.Slice(dayLength + 1, 3));
        s = s[(dayLength + 10)..];
        if (s.Length < 7 || s[2] != ':' || !Digits(s[..2], out var hour) || !Digits(s.Slice(3, 2), out var minute)) return null;
        var second = 0;
        if (s[5] == ':')
        {
            if (s.Length < 10 || !Digits(s.Slice(6, 2), out second)) return null;
            s = s[8..];
        }
        else
        {
            s = s[5..];
        }
        if (s.Length < 2 || s[0] != ' ') return null;
        var zone = s[1..];
        if (month == 0 || year < 1 || hour > 23 || minute > 59 || second > 59) return null;
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;

        TimeSpan offset;
        string provenance;
        if (zone.Length == 5 && zone[0] is '+' or '-' && Digits(zone.Slice(1, 2), out var offsetHours) && Digits(zone.Slice(3, 2), out var offsetMinutes))
        {
            if (offsetMinutes > 59 || offsetHours > 14 || (offsetHours == 14 && offsetMinutes > 0)) return null;
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (zone[0] == '-') offset = -offset;
            provenance = $"offset {zone} in the text";
        }
        else
        {
            foreach (var c in zone)
                if (!char.IsAsciiLetter(c)) return null;
            var name = zone.ToString();
            if (!ZoneAbbreviations.TryGet(name, out offset)) return null;
            provenance = $"zone {name} read as {OffsetText.Format(offset)}";
        }
        var local = new LocalDateTime(year, month, day, hour, minute, second);
        return new WireDate(new DateTimeOffset(local.ToDateTimeUnspecified(), offset), provenance);
    }

    private static int MonthOf(ReadOnlySpan<char> name) => (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1]), char.ToLowerInvariant(name[2])) switch
    {
        ('j', 'a', 'n') => 1, ('f', 'e', 'b') => 2, ('m', 'a', 'r') => 3, ('a', 'p', 'r') => 4, ('m', 'a', 'y') => 5, ('j', 'u', 'n') => 6,
        ('j', 'u', 'l') => 7, ('a', 'u', 'g') => 8, ('s', 'e', 'p') => 9, ('o', 'c', 't') => 10, ('n', 'o', 'v') => 11, ('d', 'e', 'c') => 12,
        _ => 0,
    };

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    private static bool Digits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

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
