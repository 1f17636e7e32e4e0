namespace WireDesk.Core.Publishing;

/// <summary>
/// The single "visible now" rule. Every reader-facing surface asks this (in memory) or its SQL twin in the store,
/// so that an update, an embargo or a kill shows everywhere at once.
/// </summary>
public static class Visibility
{
    public static bool IsVisible(StoredStory story, DateTimeOffset now) =>
        story.State == StoryState.Published && (story.EmbargoUntil is not { } until || until <= now);

    /// <summary>What a reader gets at the story's URL: the story, not found (404, noindex), or gone (410).</summary>
    public static ReaderOutcome OutcomeFor(StoredStory? story, DateTimeOffset now) => story switch
    {
        null => ReaderOutcome.NotFound,
        { State: StoryState.Killed } => ReaderOutcome.Gone,
        _ when IsVisible(story, now) => ReaderOutcome.Visible,
        _ => ReaderOutcome.NotFound,
    };
}
