using System.Globalization;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;
using WireDesk.Web.Site;

namespace WireDesk.Web.Desk.Pages;

/// <summary>Small pieces of text the desk shows in many places: ages, reader state, disclaimer state.</summary>
public static class DeskText
{
    public static string Age(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        if (age < TimeSpan.Zero) return "in " + Span(-age);
        return Span(age);
    }

    private static string Span(TimeSpan span) =>
        span.TotalSeconds < 60 ? $"{(int)span.TotalSeconds}s"
        : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes}m"
        : span.TotalHours < 48 ? $"{(int)span.TotalHours}h{(span.Minutes > 0 ? $" {span.Minutes:00}m" : "")}"
        : $"{(int)span.TotalDays}d";

    /// <summary>An age that desk.js keeps current: the instant in unix ms, the age as text.</summary>
    public static string AgeCell(DateTimeOffset at, DateTimeOffset now, SiteClock clock) =>
        $"<time class=\"age\" datetime=\"{clock.Iso(at)}\" data-ms=\"{at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}\" title=\"{Html.Attr(clock.Display(at))}\">{Html.Encode(Age(at, now))}</time>";

    /// <summary>What a reader gets at the story's URL now, by the same rule as the site (<see cref="Visibility"/>).</summary>
    public static (string Css, string Text) ReaderState(StoredStory story, DateTimeOffset now, SiteClock clock) =>
        Visibility.OutcomeFor(story, now) switch
        {
            ReaderOutcome.Visible => ("live", "Live"),
            ReaderOutcome.Gone => ("gone", "410 gone"),
            _ when story.State == StoryState.Published && story.EmbargoUntil is { } until => ("embargo", "Embargoed to " + Short(until, now, clock)),
            _ => ("hidden", story.State switch
            {
                StoryState.Withheld => "404 withheld",
                StoryState.Held => "Not public: held",
                StoryState.Dropped => "Not public: dropped",
                _ => "404",
            }),
        };

    /// <summary>The disclaimer readers see with the story: the source's, the "edited" one, or none.</summary>
    public static (string Css, string Text) DisclaimerState(StoredStory story, SourcePolicy policy) =>
        Disclaimers.For(story, policy) switch
        {
            null => ("none", "None"),
            SourcePolicy.EditedDisclaimer => ("edited", "Edited"),
            SourcePolicy.ReferenceDisclaimer => ("auto", "Auto-published"),
            _ => ("custom", "Source's own"),
        };

    /// <summary>"14:05" today in the site's zone, "Jan 12 14:05" on another day.</summary>
    public static string Short(DateTimeOffset at, DateTimeOffset now, SiteClock clock)
    {
        var local = clock.Local(at);
        return local.Date == clock.Local(now).Date
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString(local.Year == clock.Local(now).Year ? "MMM d HH:mm" : "MMM d yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Urgency(int? urgency) => urgency?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
