using Microsoft.Extensions.Hosting;
using WireDesk.Core.Events;

namespace WireDesk.Web.Caching;

/// <summary>Empties the <see cref="ResponseCache"/> on every story event (correctness does not wait on this: see its remarks).</summary>
public sealed class CacheInvalidator(StoryEventHub events, ResponseCache cache) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in events.ListenAsync(events.LastSequence, stoppingToken)) cache.Clear();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
