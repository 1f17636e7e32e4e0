using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WireDesk.Ingest.WebSub;

/// <summary>Loads the subscriptions, then sends due requests (subscriptions, retries, renewals) as they fall due.</summary>
public sealed class WebSubService(
    WebSubSubscriber subscriber,
    TimeProvider time,
    WebSubOptions options,
    IHostApplicationLifetime lifetime,
    ILogger<WebSubService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await subscriber.LoadAsync(stoppingToken);
            // Hosted services start before the server listens, and a hub may verify at once: wait until our callback answers.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
                await started.Task;
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = options.IdleCheck;
                try
                {
                    if (await subscriber.RunDueAsync(stoppingToken) is { } next && next - time.GetUtcNow() < wait)
                        wait = next - time.GetUtcNow();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "websub: {Message}", e.Message);
                }
                if (wait > TimeSpan.Zero) await subscriber.WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
