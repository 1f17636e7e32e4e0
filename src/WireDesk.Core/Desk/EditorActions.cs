using WireDesk.Core.Events;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Core.Desk;

/// <summary>
/// What an editor may do to a story, each written with its audit entry in one change: release a held story,
/// withhold and restore, kill, override the headline (the body stays the agency's), mark reviewed. Every entry names
/// the editor, the time, the story's current version and the story before and after (<see cref="AuditDetail"/>).
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

    /// <summary>Puts back a story an editor withheld; a story the agency withheld waits for the agency's usable copy.</summary>
    public Task<ActionResult> RestoreAsync(long id, string user, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "restored", null, story => story.State switch
        {
            StoryState.Withheld when story.Current.PubStatus != Stories.PubStatus.Usable =>
                Refuse("the agency withheld it; it returns when the agency sends a usable version"),
            StoryState.Withheld => Allow(story with
            {
                State = StoryState.Published,
                HoldReason = null,
                PublishedAt = story.PublishedAt ?? Later(story.EmbargoUntil, time.GetUtcNow()),
                ModifiedAt = story.ModifiedAt ?? Later(story.EmbargoUntil, time.GetUtcNow()),
            }),
            _ => Refuse($"it is {story.State.ToString().ToLowerInvariant()}, not withheld"),
        }, StoryEventKind.Published, cancellationToken);

    public Task<ActionResult> WithholdAsync(long id, string user, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "withheld", reason is null ? null : $"reason \"{reason}\"", story => story.State switch
        {
            StoryState.Published or StoryState.Held => Allow(story with { State = StoryState.Withheld, HoldReason = $"editor {user}: {reason ?? "withheld"}" }),
            StoryState.Withheld => Refuse("it is already withheld"),
            _ => Refuse($"it is {story.State.ToString().ToLowerInvariant()}"),
        }, StoryEventKind.Withheld, cancellationToken);

    public Task<ActionResult> KillAsync(long id, string user, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, "killed", $"reason \"{reason}\"", story => story.State == StoryState.Killed
            ? Refuse("it is already killed")
            : string.IsNullOrWhiteSpace(reason) ? Refuse("a kill needs a reason")
            : Allow(story with { State = StoryState.Killed, KillReason = reason, ModifiedAt = time.GetUtcNow() }),
            StoryEventKind.Killed, cancellationToken);

    /// <summary>
    /// Shows <paramref name="headline"/> instead of the agency's on every surface; the agency's own headline clears the
    /// override. An overridden story is "edited": its disclaimer no longer says the text is unmodified.
    /// </summary>
    public Task<ActionResult> OverrideHeadlineAsync(long id, string user, string headline, CancellationToken cancellationToken)
    {
        var trimmed = string.Join(' ', headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return ChangeAsync(id, user, "headline overridden", $"headline \"{trimmed}\"", story =>
        {
            if (trimmed.Length == 0) return Refuse("the headline is empty");
            if (trimmed.Length > MaxHeadlineLength) return Refuse($"the headline is longer than {MaxHeadlineLength} characters");
            if (story.State == StoryState.Killed) return Refuse("it was killed");
            var next = trimmed == story.Current.Headline ? null : trimmed;
            if (next == story.HeadlineOverride) return Refuse("the headline is unchanged");
            return Allow(story with
            {
                HeadlineOverride = next,
                Edited = next is not null,
                ModifiedAt = story.PublishedAt is null ? null : time.GetUtcNow(),
            });
        }, StoryEventKind.Updated, cancellationToken);
    }

    public const int MaxHeadlineLength = 300;

    /// <summary>
    /// Changes the body: allowed, but the story is then "edited", not verbatim agency copy, and its disclaimer says so.
    /// The edited text is kept as a version of its own so the agency's stays on record.
    /// </summary>
    public async Task<ActionResult> EditBodyAsync(long id, string user, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(id, cancellationToken);
        if (story is null) return ActionResult.Fail($"story {id} does not exist");
        if (story.State == StoryState.Killed) return ActionResult.Fail($"story {id} cannot be edited: it was killed");
        var kept = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (kept.Count == 0) return ActionResult.Fail($"story {id} cannot be edited: the body is empty");
        var now = time.GetUtcNow();
        var html = string.Join("\n", kept.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
        var body = new Stories.StoryBody(kept, html);
        var edited = story.Current with { Body = body, ContentHash = $"edited:{now.ToUnixTimeMilliseconds()}" };
        var audit = new AuditEntry(id, "body edited", Actors.Editor(user), 0, now,
            $"{kept.Count} paragraph(s); before: {story.Current.Body.Paragraphs.Count} paragraph(s) of agency copy");
        var next = story with { Edited = true, ModifiedAt = story.PublishedAt is null ? null : now };
        var saved = await store.SaveAsync(new StoryChange(next, new NewVersion(edited, null, now, MakeCurrent: true), [audit]), cancellationToken);
        if (Visibility.IsVisible(saved, now)) events.Publish(StoryEventKind.Updated, saved.Id, saved.Path, now);
        return new ActionResult(saved, null);
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
        var audit = new AuditEntry(id, action, Actors.Editor(user), story.CurrentVersionId, now,
            new AuditDetail(detail, AuditDetail.Describe(story), AuditDetail.Describe(next!)).Format());
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
