using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Polling;

/// <summary>
/// Runs one polling loop per source with transport "poll" or "websub", each waiting until its stored next-poll time.
/// Follows the catalog: a source added, unpaused or changed gets a (new) loop, one removed or paused has its loop stopped.
/// </summary>
public sealed class PollingService(SourceCatalog sources, FeedPoller poller, TimeProvider time, ILogger<PollingService> logger) : BackgroundService
{
    private readonly Dictionary<string, Loop> _loops = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"websub" sources are polled too: the first fetch finds the hub, and polling stays as the safety net.</summary>
    public static bool IsPolled(SourceDefinition source) =>
        string.Equals(source.Transport, "poll", StringComparison.OrdinalIgnoreCase)
        || string.Equals(source.Transport, "websub", StringComparison.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await poller.LoadAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var changed = sources.WhenChangedAsync(stoppingToken);
                Follow(stoppingToken);
                await changed;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_loops.Values.Select(loop => loop.StopAsync()));
            _loops.Clear();
        }
    }

    private void Follow(CancellationToken stoppingToken)
    {
        var wanted = sources.Definitions.Where(s => IsPolled(s) && !s.Paused).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, loop) in _loops.ToList())
        {
            // Policies are read from the catalog per delivery; only a change to how the source is fetched restarts its loop.
            if (wanted.TryGetValue(name, out var definition) && definition with { Policy = loop.Source.Policy } == loop.Source) continue;
            _ = loop.StopAsync();
            _loops.Remove(name);
        }
        foreach (var (name, definition) in wanted)
        {
            if (_loops.ContainsKey(name)) continue;
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _loops[name] = new Loop(definition, stop, LoopAsync(definition, stop.Token));
        }
    }

    private async Task LoopAsync(SourceDefinition source, CancellationToken stoppingToken)
    {
        await Task.Yield();
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

    private sealed record Loop(SourceDefinition Source, CancellationTokenSource Stop, Task Running)
    {
        public async Task StopAsync()
        {
            await Stop.CancelAsync();
            await Running;
            Stop.Dispose();
        }
    }
}
