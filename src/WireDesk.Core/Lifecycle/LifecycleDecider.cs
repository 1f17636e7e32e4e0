using WireDesk.Core.Policy;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Core.Text;

namespace WireDesk.Core.Lifecycle;

/// <summary>
/// Applies PRODUCT.md §5 to an incoming story: new, update, correction, withhold, kill, embargo, an older version
/// arriving late, and retransmission. Pure: the caller reads the store, asks here, and writes the change.
/// </summary>
public static class LifecycleDecider
{
    public const string AgencyWithheld = "withheld by the agency";

    public static LifecycleDecision Decide(IncomingStory incoming) =>
        incoming.Existing is { } existing ? DecideForExisting(incoming, existing) : DecideForNew(incoming);

    private static LifecycleDecision DecideForNew(IncomingStory incoming)
    {
        var story = incoming.Story;
        var agency = Actors.Agency(story);
        var placed = Place(incoming);
        var state = placed.State;
        var reason = placed.Reason;
        var actor = placed.Actor;
        if (story.PubStatus == PubStatus.Canceled)
            (state, reason, actor) = (StoryState.Killed, "canceled by the agency before it was published", agency);
        else if (story.PubStatus == PubStatus.Withheld)
            (state, reason, actor) = (StoryState.Withheld, AgencyWithheld, agency);

        var publishedAt = state == StoryState.Published ? FirstPublished(story, incoming.Now) : (DateTimeOffset?)null;
        var embargoUntil = state == StoryState.Published ? story.Embargo?.Until : null;
        if (embargoUntil is { } until && publishedAt < until) publishedAt = until;

        var stored = new StoredStory
        {
            Id = 0,
            Source = story.Source,
            Guid = story.Guid,
            Slug = Slugs.From(story.Headline),
            State = state,
            Current = story,
            EmbargoUntil = embargoUntil,
            PublishedAt = publishedAt,
            ModifiedAt = publishedAt,
            ReceivedAt = incoming.ReceivedAt,
            Section = placed.Section,
            ClusterId = incoming.Duplicate?.ClusterId,
            HoldReason = state is StoryState.Held or StoryState.Withheld or StoryState.Dropped ? reason : null,
            KillReason = state == StoryState.Killed ? reason : null,
        };
        var outcome = state switch
        {
            StoryState.Published when embargoUntil is { } u && u > incoming.Now => Outcome.Embargoed,
            StoryState.Published => Outcome.Published,
            StoryState.Held => Outcome.Held,
            StoryState.Withheld => Outcome.Withheld,
            StoryState.Killed => Outcome.Killed,
            _ => Outcome.Dropped,
        };
        var audit = new List<AuditEntry>
        {
            Audit(incoming, "received", agency, $"version {story.Version?.ToString() ?? "-"}"),
            Audit(incoming, outcome.ToString().ToLowerInvariant(), actor, reason),
        };
        return new LifecycleDecision(outcome, reason, new StoryChange(stored, NewVersion(incoming, true), audit));
    }

    private static LifecycleDecision DecideForExisting(IncomingStory incoming, StoredStory existing)
    {
        var story = incoming.Story;
        var agency = Actors.Agency(story);
        if (VersionOrder.IsRetransmission(story, incoming.ExistingVersions.Select(v => v.Story).Append(existing.Current)))
            return new LifecycleDecision(Outcome.Retransmission, "same version or content already received", null);

        if (existing.State == StoryState.Killed)
            return StoreOnly(incoming, existing, "the story was killed; later copies of the same guid are never shown");
        if (VersionOrder.IsOlderThan(story, existing.Current))
            return StoreOnly(incoming, existing, "older than the version shown");

        if (story.PubStatus == PubStatus.Canceled)
        {
            var killed = existing with { State = StoryState.Killed, KillReason = "killed by the agency", ModifiedAt = incoming.Now };
            return Change(incoming, Outcome.Killed, killed, "killed by the agency", agency, makeCurrent: false);
        }
        if (story.PubStatus == PubStatus.Withheld)
        {
            var withheld = existing with { State = StoryState.Withheld, HoldReason = AgencyWithheld };
            return Change(incoming, Outcome.Withheld, withheld, AgencyWithheld, agency, makeCurrent: false);
        }

        // A usable version: replace the content at the same URL, then decide what state it is in now.
        // The agency's new copy replaces any editor's body edit: the story is verbatim again.
        var updated = existing with { Current = story, HoldReason = null, Edited = false };
        if (existing.State == StoryState.Withheld && existing.HoldReason != AgencyWithheld)
            return Change(incoming, Outcome.Withheld, updated with { HoldReason = existing.HoldReason }, "still withheld by an editor", agency, true);
        if (existing.State == StoryState.Held && existing.HoldReason is { } held && held.StartsWith("editor", StringComparison.Ordinal))
            return Change(incoming, Outcome.Held, updated with { HoldReason = held }, held, agency, true);

        var placed = Place(incoming);
        if (placed.State != StoryState.Published)
            return Change(incoming, placed.State == StoryState.Held ? Outcome.Held : Outcome.Dropped,
                updated with { State = placed.State, HoldReason = placed.Reason }, placed.Reason, placed.Actor, true);

        if (existing.PublishedAt is null)
        {
            // First time live (a held or withheld story released by a usable version).
            var at = FirstPublished(story, incoming.Now);
            var embargo = story.Embargo?.Until;
            if (embargo is { } e && at < e) at = e;
            var published = updated with { State = StoryState.Published, EmbargoUntil = embargo, PublishedAt = at, ModifiedAt = at };
            var outcome = embargo is { } u && u > incoming.Now ? Outcome.Embargoed : Outcome.Published;
            return Change(incoming, outcome, published, placed.Reason, placed.Actor, true);
        }

        var modified = Later(existing.ModifiedAt, Clamp(story.VersionCreated, incoming.Now));
        var live = updated with { State = StoryState.Published, ModifiedAt = modified };
        var reason = story.Signals.HasFlag(Signals.Correction) ? "correction" :
            existing.State == StoryState.Withheld ? "usable again after a withhold" : "update";
        return Change(incoming, Outcome.Updated, live, reason, agency, true);
    }

    private static (StoryState State, string Reason, string Actor, string Section) Place(IncomingStory incoming)
    {
        var story = incoming.Story;
        var decision = PolicyEvaluator.Decide(incoming.Policy, story);
        if (string.IsNullOrWhiteSpace(story.Headline))
            return (StoryState.Held, "no headline", "system:validation", decision.Section);
        if (story.Body.IsEmpty)
            return (StoryState.Held, "no body", "system:validation", decision.Section);
        if (decision.Action == PolicyAction.Drop)
            return (StoryState.Dropped, $"dropped by {decision.Actor}", decision.Actor, decision.Section);
        if (decision.Action == PolicyAction.Hold)
            return (StoryState.Held, $"held by {decision.Actor}", decision.Actor, decision.Section);
        if (story.Embargo is { IsOpenEnded: true })
            return (StoryState.Held, "embargoed with no time: waits for release", Actors.Agency(story), decision.Section);
        if (incoming.Duplicate is { } dup && incoming.Policy.Duplicates == DuplicateMode.PublishFirst)
            return (StoryState.Held, $"duplicate of story {dup.StoryId}: also reported by {story.Agency ?? story.Source}", "policy:duplicates", decision.Section);
        return (StoryState.Published, $"published by {decision.Actor}", decision.Actor, decision.Section);
    }

    private static LifecycleDecision StoreOnly(IncomingStory incoming, StoredStory existing, string reason) =>
        Change(incoming, Outcome.StoredOnly, existing, reason, Actors.Agency(incoming.Story), makeCurrent: false);

    private static LifecycleDecision Change(IncomingStory incoming, Outcome outcome, StoredStory story, string reason, string actor, bool makeCurrent)
    {
        var audit = new List<AuditEntry> { Audit(incoming, outcome.ToString().ToLowerInvariant(), actor, reason) };
        return new LifecycleDecision(outcome, reason, new StoryChange(story, NewVersion(incoming, makeCurrent), audit));
    }

    private static NewVersion NewVersion(IncomingStory incoming, bool makeCurrent) =>
        new(incoming.Story, incoming.DeliveryId, incoming.ReceivedAt, makeCurrent);

    private static AuditEntry Audit(IncomingStory incoming, string action, string actor, string? detail) =>
        new(incoming.Existing?.Id ?? 0, action, actor, 0, incoming.Now, detail);

    /// <summary>datePublished: the agency's first-created time, never in the future.</summary>
    private static DateTimeOffset FirstPublished(Story story, DateTimeOffset now) =>
        Clamp(story.FirstCreated ?? story.VersionCreated, now);

    private static DateTimeOffset Clamp(DateTimeOffset? agencyTime, DateTimeOffset now) =>
        agencyTime is { } t && t <= now ? t : now;

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
