using WireDesk.Core.Events;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Core.Desk;

/// <summary>
/// What an editor may do to a story, each written with its audit entry in one change: release a held story,
/// withhold and restore, kill, override the headline (the body stays the agency's), mark reviewed.
/// </summary>
public sealed class EditorActions(IStoryStore store, StoryEventHub events, TimeProvider time)
{
    public Task<ActionResult> ReleaseAsync(long id, string user, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "released", null, story => story.State switch
        {
            StoryState.Held or StoryState.Dropped when story.Current.Headline is null or "" => Refuse("it has no headline"),
            StoryState.Held or StoryState.Dropped when story.Current.Body.IsEmpty => Refuse("it has no body"),
            StoryState.Held or StoryState.Dropped or StoryState.Withheld => Allow(story with
            {
                State = StoryState.Published,
                HoldReason = null,
                // An editor's release lifts an embargo with no time; a timed embargo still runs to its instant.
                EmbargoUntil = story.Current.Embargo?.Until,
                PublishedAt = story.PublishedAt ?? Later(story.Current.Embargo?.Until, time.GetUtcNow()),
                ModifiedAt = story.ModifiedAt ?? Later(story.Current.Embargo?.Until, time.GetUtcNow()),
            }),
            StoryState.Published => Refuse("it is already published"),
            _ => Refuse("it was killed and stays dead"),
        }, StoryEventKind.Published, cancellationToken);

    public Task<ActionResult> WithholdAsync(long id, string user, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "withheld", reason, story => story.State switch
        {
            StoryState.Published or StoryState.Held => Allow(story with { State = StoryState.Withheld, HoldReason = $"editor {user}: {reason ?? "withheld"}" }),
            StoryState.Withheld => Refuse("it is already withheld"),
            _ => Refuse($"it is {story.State.ToString().ToLowerInvariant()}"),
        }, StoryEventKind.Withheld, cancellationToken);

    public Task<ActionResult> KillAsync(long id, string user, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "killed", reason, story => story.State == StoryState.Killed
            ? Refuse("it is already killed")
            : Allow(story with { State = StoryState.Killed, KillReason = reason, ModifiedAt = time.GetUtcNow() }),
            StoryEventKind.Killed, cancellationToken);

    public Task<ActionResult> OverrideHeadlineAsync(long id, string user, string headline, CancellationToken cancellationToken)
    {
        var trimmed = headline.Trim();
        return ChangeAsync(id, user, "headline overridden", $"\"{trimmed}\"", story => trimmed.Length == 0
            ? Refuse("the headline is empty")
            : story.State == StoryState.Killed ? Refuse("it was killed")
            : Allow(story with { HeadlineOverride = trimmed == story.Current.Headline ? null : trimmed, ModifiedAt = story.PublishedAt is null ? null : time.GetUtcNow() }),
            StoryEventKind.Updated, cancellationToken);
    }

    public Task<ActionResult> MarkReviewedAsync(long id, string user, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "reviewed", null, story => story.Reviewed ? Refuse("it is already reviewed") : Allow(story with { Reviewed = true }),
            null, cancellationToken);

    private async Task<ActionResult> ChangeAsync(long id, string user, string action, string? detail,
        Func<StoredStory, (StoredStory? Next, string? Error)> decide, StoryEventKind? announce, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(id, cancellationToken);
        if (story is null) return ActionResult.Fail($"story {id} does not exist");
        var (next, error) = decide(story);
        if (error is not null) return ActionResult.Fail($"story {id} cannot be {action}: {error}");
        var now = time.GetUtcNow();
        var before = $"state {story.State.ToString().ToLowerInvariant()}, headline \"{story.DisplayHeadline}\"";
        var audit = new AuditEntry(id, action, Actors.Editor(user), story.CurrentVersionId, now,
            detail is null ? $"before: {before}" : $"{detail}; before: {before}");
        var saved = await store.SaveAsync(new StoryChange(next!, null, [audit]), cancellationToken);
        // Published and Updated are news only to readers who can see the story; Withheld and Killed always are.
        var readerVisible = Visibility.IsVisible(saved, now);
        if (announce is { } kind && (readerVisible || kind is StoryEventKind.Withheld or StoryEventKind.Killed))
            events.Publish(kind, saved.Id, saved.Path, now);
        return new ActionResult(saved, null);
    }

    private static (StoredStory?, string?) Allow(StoredStory story) => (story, null);

    private static (StoredStory?, string?) Refuse(string why) => (null, why);

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
