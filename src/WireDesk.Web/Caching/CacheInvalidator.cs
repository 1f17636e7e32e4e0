using Microsoft.Extensions.Hosting;
using WireDesk.Core.Events;

namespace WireDesk.Web.Caching;

/// <summary>Empties the <see cref="ResponseCache"/> on every story event (correctness does not wait on this: see its remarks).</summary>
public sealed class CacheInvalidator(StoryEventHub events, ResponseCache cache) : BackgroundService
{
    // Taken when the host builds its services: ExecuteAsync runs later on the thread pool, and an event published
    // meanwhile must not be skipped.
    private readonly long _from = events.LastSequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in events.ListenAsync(_from, stoppingToken)) cache.Clear();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
