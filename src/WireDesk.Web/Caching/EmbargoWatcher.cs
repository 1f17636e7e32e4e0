using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Events;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Caching;

/// <summary>
/// An embargo lifts by the clock, not by a write, so nothing else announces it. Once a second this finds the stories
/// whose embargo instant has just passed and publishes them on the <see cref="StoryEventHub"/>: the stream tells the
/// apps, the caches empty, the CDN is purged. (An embargoed story is listed at its embargo instant, so the stories
/// listed since the last look hold them all.)
/// </summary>
public sealed class EmbargoWatcher(IStoryStore store, StoryEventHub events, TimeProvider time, ILogger<EmbargoWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastLook = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
                var now = time.GetUtcNow();
                var lifted = await store.ListAsync(new StoryQuery { VisibleAt = now, Since = lastLook, OldestFirst = true, Limit = 1000 }, stoppingToken);
                foreach (var story in lifted.Where(s => s.EmbargoUntil is { } until && until > lastLook && until <= now))
                    events.Publish(StoryEventKind.Published, story.Id, story.Path, story.EmbargoUntil!.Value);
                lastLook = now;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "looking for lifted embargoes failed; trying again");
            }
        }
    }
}
