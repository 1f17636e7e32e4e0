using WireDesk.Core.Events;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Ingest.Scheduling;

/// <summary>
/// Lifts embargoes at their instant with no request needed: announces the story as published (live stream, cache
/// purges) and records it in the audit log. Pages already apply the embargo through the "visible now" rule, so
/// a late or stopped scheduler can never show a story early; it only delays the announcement.
/// </summary>
public sealed class EmbargoScheduler(IStoryStore store, StoryEventHub events, TimeProvider time)
{
    private readonly SemaphoreSlim _wake = new(0);
    private DateTimeOffset _checkedUpTo = DateTimeOffset.MinValue;

    /// <summary>Tells the scheduler a new embargo was stored, so it re-reads its next instant.</summary>
    public void Wake() => _wake.Release();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _checkedUpTo = time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = await NextLiftAsync(cancellationToken);
            var wait = next is { } at ? at - time.GetUtcNow() : Timeout.InfiniteTimeSpan;
            if (wait > TimeSpan.Zero || wait == Timeout.InfiniteTimeSpan)
            {
                using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var woken = _wake.WaitAsync(delay.Token);
                var timer = wait == Timeout.InfiniteTimeSpan ? Task.Delay(Timeout.Infinite, delay.Token) : Task.Delay(Cap(wait), time, delay.Token);
                await Task.WhenAny(woken, timer);
                await delay.CancelAsync();
                await Task.WhenAll(Swallow(woken), Swallow(timer));
                continue;
            }
            await LiftDueAsync(cancellationToken);
        }
    }

    /// <summary>Announces every embargo that lifted since the last check; returns how many.</summary>
    public async Task<int> LiftDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lifted = await store.ListAsync(new StoryQuery { EmbargoLiftsAfter = _checkedUpTo, Limit = 1000 }, cancellationToken);
        var count = 0;
        foreach (var story in lifted.Where(s => s.EmbargoUntil <= now).OrderBy(s => s.EmbargoUntil))
        {
            var audit = new AuditEntry(story.Id, "embargo lifted", Actors.Scheduler, story.CurrentVersionId, now, $"embargo until {story.EmbargoUntil:O}");
            await store.SaveAsync(new StoryChange(story, null, [audit]), cancellationToken);
            events.Publish(StoryEventKind.Published, story.Id, story.Path, now);
            count++;
        }
        _checkedUpTo = now;
        return count;
    }

    private async Task<DateTimeOffset?> NextLiftAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ListAsync(new StoryQuery { EmbargoLiftsAfter = _checkedUpTo, Limit = 1000 }, cancellationToken);
        return pending.Count == 0 ? null : pending.Min(s => s.EmbargoUntil);
    }

    // Long waits are cut into hours so a clock change or a missed wake-up is corrected within the hour.
    private static TimeSpan Cap(TimeSpan wait) => wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait;

    private static async Task Swallow(Task task)
    {
        try { await task; } catch (OperationCanceledException) { }
    }
}
