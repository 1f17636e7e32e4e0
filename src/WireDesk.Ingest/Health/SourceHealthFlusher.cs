using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WireDesk.Ingest.Health;

/// <summary>Writes the health tracker's collected lags and successes to the store every few seconds, and on stop.</summary>
public sealed class SourceHealthFlusher(SourceHealthTracker tracker, ILogger<SourceHealthFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tracker.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "source health: {Message}", e.Message);
        }
    }
}
