using NodaTime;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// Times from a republished page's attribution line. The machine timestamps come as (modified, published);
/// a lone timestamp is the modified time. Without timestamps the visible time stands in: "Updated:" for the version
/// time, "Published:"/"Posted:" for the first-created time.
/// </summary>
internal sealed record PageTimes(DateTimeOffset? FirstCreated, DateTimeOffset? VersionCreated)
{
    public static PageTimes Read(PageByline? byline, DateTimeZone zone, ICollection<string> warnings)
    {
        if (byline is null) return new PageTimes(null, null);
        var stamps = byline.Stamps;
        var modified = stamps.Count > 0 ? WireDateParser.Parse(stamps[0], zone, warnings, "modified") : null;
        var published = stamps.Count > 1 ? WireDateParser.Parse(stamps[1], zone, warnings, "published") : null;
        if (stamps.Count > 2) warnings.Add($"page: {stamps.Count - 2} further timestamp(s) after the attribution line ignored");

        var visible = WireDateParser.Parse(byline.When, zone, warnings, byline.Label?.ToLowerInvariant() ?? "updated");
        var visibleIsPublication = byline.Label is { } label && !label.Contains("updated", StringComparison.OrdinalIgnoreCase);
        return new PageTimes(
            published?.Value ?? (visibleIsPublication ? visible?.Value : null),
            modified?.Value ?? (visibleIsPublication ? null : visible?.Value));
    }
}
