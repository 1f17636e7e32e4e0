using System.Globalization;

namespace WireDesk.Web.Rendering;

/// <summary>Shows instants in the site's zone: "January 9, 2026 15:55 IST", and ISO 8601 with the zone's offset.</summary>
public sealed class SiteClock(SiteOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public string Display(DateTimeOffset instant) =>
        Local(instant).ToString("MMMM d, yyyy HH:mm", CultureInfo.InvariantCulture) + " " + options.TimeZoneLabel;

    /// <summary>"Jan 9, 15:55 IST": for listings.</summary>
    public string Short(DateTimeOffset instant) =>
        Local(instant).ToString("MMM d, HH:mm", CultureInfo.InvariantCulture) + " " + options.TimeZoneLabel;

    public string Iso(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string Time(DateTimeOffset instant) =>
        $"<time datetime=\"{Iso(instant)}\">{Html.Encode(Display(instant))}</time>";

    public string ShortTime(DateTimeOffset instant) =>
        $"<time datetime=\"{Iso(instant)}\">{Html.Encode(Short(instant))}</time>";
}
