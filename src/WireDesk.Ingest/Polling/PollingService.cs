using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Polling;

/// <summary>Runs one polling loop per source with transport "poll" or "websub", each waiting until its stored next-poll time.</summary>
public sealed class PollingService(SourceCatalog sources, FeedPoller poller, TimeProvider time, ILogger<PollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var polled = sources.Definitions
            .Where(s => IsPolled(s) && !s.Paused)
            .ToList();
        if (polled.Count == 0) return;
        await poller.LoadAsync(stoppingToken);
        await Task.WhenAll(polled.Select(s => LoopAsync(s, stoppingToken)));
    }

    /// <summary>"websub" sources are polled too: the first fetch finds the hub, and polling stays as the safety net.</summary>
    public static bool IsPolled(SourceDefinition source) =>
        string.Equals(source.Transport, "poll", StringComparison.OrdinalIgnoreCase)
        || string.Equals(source.Transport, "websub", StringComparison.OrdinalIgnoreCase);

    private async Task LoopAsync(SourceDefinition source, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (poller.StateOf(source.Name).NextAt is { } due && due > time.GetUtcNow())
                    await Task.Delay(due - time.GetUtcNow(), time, stoppingToken);
                try
                {
                    var result = await poller.PollOnceAsync(source, stoppingToken);
                    if (result.Error is not null) logger.LogWarning("poll {Source}: {Error}; next in {Next}", source.Name, result.Error, result.NextIn);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "poll {Source}: {Message}", source.Name, e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(source.IntervalSeconds), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
