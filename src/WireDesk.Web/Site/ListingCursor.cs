using System.Globalization;
using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>
/// Keyset cursor for "older stories": the last story's listing instant in UTC ticks and its id, "639035466000000000.42".
/// Ticks, not milliseconds: the store keeps microseconds, and a cursor rounded to the millisecond would skip the stories
/// that fall inside the rounded-off part.
/// </summary>
public static class ListingCursor
{
    public static (DateTimeOffset At, long Id)? Parse(string? after)
    {
        if (after is null) return null;
        var dot = after.IndexOf('.');
        return dot > 0
               && long.TryParse(after[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
               && ticks <= DateTimeOffset.MaxValue.UtcTicks
               && long.TryParse(after[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }

    public static string Format(StoredStory story) => Format(story.PublishedAt ?? story.ReceivedAt, story.Id);

    public static string Format(DateTimeOffset at, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}.{id}");
}
