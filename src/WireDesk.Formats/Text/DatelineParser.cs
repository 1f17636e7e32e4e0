using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>
/// Finds the agency dateline that opens a lead paragraph (PRODUCT.md §6) and reads place, region, country,
/// month, day and agency from it. The dateline stays in the body; this only describes it.
/// </summary>
public static partial class DatelineParser
{
    /// <summary>How far after the reference a dateline's date may fall and still be read in the reference's year.</summary>
    private static readonly Period FutureTolerance = Period.FromDays(7);

    /// <summary>
    /// The dateline at the start of <paramref name="leadParagraph"/>, or null. Shapes: ANI "Place (State) [Country],
    /// Month D (ANI):", PTI/IANS "Place, Mon D (PTI)", Reuters "PLACE, Mon D (Reuters) -", AP "PLACE, Region (AP) —"
    /// (" _ " in ANPA), AFP/dpa "Place (AFP) -". Text is the dateline verbatim, with its separator, without trailing space.
    /// </summary>
    public static Dateline? Match(string leadParagraph)
    {
        if (string.IsNullOrWhiteSpace(leadParagraph)) return null;
        var lead = leadParagraph.TrimStart();
        return MatchBracketed(lead) ?? MatchPlaceAndDate(lead) ?? MatchPlaceAndAgency(lead);
    }

    /// <summary>
    /// The year of a dateline's month and day: the latest such date that is not more than a week after
    /// <paramref name="reference"/> (read in <paramref name="zone"/>). So December 31 read on January 1 is last
    /// year's, and January 1 read on December 31 is next year's. February 29 resolves to a leap year.
    /// </summary>
    public static int InferYear(int month, int day, DateTimeOffset reference, DateTimeZone zone)
    {
        var referenceDate = Instant.FromDateTimeOffset(reference).InZone(zone).Date;
        var latest = referenceDate.Plus(FutureTolerance);
        for (var year = latest.Year; year > latest.Year - 8; year--)
        {
            if (day < 1 || month is < 1 or > 12 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) continue;
            if (new LocalDate(year, month, day) <= latest) return year;
        }

        return referenceDate.Year;
    }

    // ANI: "Washington DC [US], January 9 :" and "Bhubaneswar (Odisha) [India], March 3 (ANI):".
    private static Dateline? MatchBracketed(string lead)
    {
        var m = Bracketed().Match(lead);
        if (!m.Success || ReadDate(m) is not var (month, day)) return null;
        if (!m.Groups["agency"].Success && !m.Groups["sep"].Success) return null;
        var country = m.Groups["country"].Value.Trim();
        return new Dateline(m.Value.TrimEnd())
        {
            Place = m.Groups["place"].Value.Trim(),
            Region = Region(m),
            Country = CountryCodes.ToIso(country) ?? country,
            Month = month,
            Day = day,
            Agency = Optional(m, "agency"),
        };
    }

    // PTI/IANS/Reuters: "Mumbai, Mar 3 (PTI)", "OSLO, March 3 (Reuters) -", "LONDON, Jan. 9 -".
    private static Dateline? MatchPlaceAndDate(string lead)
    {
        var m = PlaceAndDate().Match(lead);
        if (!m.Success || ReadDate(m) is not var (month, day)) return null;
        if (!m.Groups["agency"].Success && !m.Groups["sep"].Success) return null;
        return new Dateline(m.Value.TrimEnd())
        {
            Place = m.Groups["place"].Value.Trim(),
            Region = Region(m),
            Month = month,
            Day = day,
            Agency = Optional(m, "agency"),
        };
    }

    // AP/AFP/dpa: "DENVER, Colo. (AP) —", "DENVER, Colo. (AP) _", "Lyon (AFP) -", "Berlin (dpa) -".
    private static Dateline? MatchPlaceAndAgency(string lead)
    {
        var m = PlaceAndAgency().Match(lead);
        if (!m.Success) return null;
        var agency = m.Groups["agency"].Value;
        if (!AgencyNames.IsKnown(agency) && !m.Groups["sep"].Success) return null;
        return new Dateline(m.Value.TrimEnd())
        {
            Place = m.Groups["place"].Value.Trim(),
            Region = Region(m),
            Agency = agency,
        };
    }

    private static (int Month, int Day)? ReadDate(Match m)
    {
        var month = MonthNames.ToNumber(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month is null || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month.Value)) return null;
        return (month.Value, day);
    }

    private static string? Optional(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Value.Trim() is { Length: > 0 } value ? value : null;

    // Reuters and AP put the weekday where a region would go ("MOSCOW, Monday (Reuters) -"); it is not a place.
    private static string? Region(Match m) => Optional(m, "region") is { } region && !IsWeekday(region) ? region : null;

    private static bool IsWeekday(string text) =>
        text.TrimEnd('.').ToLowerInvariant() is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday"
            or "sunday" or "mon" or "tue" or "tues" or "wed" or "thu" or "thur" or "thurs" or "fri" or "sat" or "sun";

    private const string Place = @"(?<place>\p{Lu}[\p{L}\p{M}\p{Nd}.'’/&-]*(?:[ \t]+[\p{L}\p{M}\p{Nd}.'’/&-]+){0,5}?)";
    private const string Agency = @"\((?<agency>\p{L}[\p{L} ./]{0,24})\)";
    private const string Date = @"(?<month>(?i:" + MonthNames.Pattern + @"))\.?[ \t]+(?<day>\d{1,2})\b";

    [GeneratedRegex(
        @"^" + Place + @"[ \t]*(?:\((?<region>[^()\[\]\n]{1,40})\)[ \t]*)?\[(?<country>[^\[\]\n]{1,40})\][ \t]*,[ \t]*" +
        Date + @"(?:[ \t]*" + Agency + @")?(?:[ \t]*(?<sep>:|-{1,2}|–|—)(?=\s|$))?[ \t]*")]
    private static partial Regex Bracketed();

    [GeneratedRegex(
        @"^" + Place + @"[ \t]*,[ \t]*(?:(?<region>[\p{L}. ]{1,30}?)[ \t]*,[ \t]*)?" + Date +
        @"(?:[ \t]*" + Agency + @")?(?:[ \t]*(?<sep>:|-{1,2}|–|—|_)(?=\s|$))?[ \t]*")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(
        @"^" + Place + @"(?:[ \t]*,[ \t]*(?<region>[\p{L}.' ]{1,30}?))?[ \t]*" + Agency +
        @"(?:[ \t]*(?<sep>:|-{1,2}|–|—|_)(?=\s|$))?[ \t]*")]
    private static partial Regex PlaceAndAgency();
}
