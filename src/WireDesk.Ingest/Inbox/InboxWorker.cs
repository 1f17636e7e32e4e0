using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Pipeline;

namespace WireDesk.Ingest.Inbox;

/// <summary>
/// Takes pending deliveries from the inbox and runs them through the pipeline, at least once: a crash leaves the claim
/// to expire and the delivery to be taken again, and the lifecycle makes a second run a retransmission no-op.
/// Woken by <see cref="InboxSignal"/> on every accept; otherwise it looks again every <see cref="InboxOptions.IdleCheck"/>.
/// </summary>
public sealed class InboxWorker(
    IInbox inbox,
    IngestPipeline pipeline,
    InboxSignal signal,
    ILogger<InboxWorker> logger,
    IngestMetrics? metrics = null) : BackgroundService
{
    /// <summary>Claims and processes until the inbox has nothing free; returns how many deliveries were processed.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        while (await inbox.ClaimAsync(pipeline.NewClaim(), pipeline.InboxOptions.BatchSize, cancellationToken) is { Count: > 0 } items)
        {
            var reports = await pipeline.ProcessClaimedBatchAsync(items, cancellationToken);
            for (var i = 0; i < items.Count; i++)
                if (reports[i].Failed)
                    logger.LogWarning("delivery {Id} from {Source} not published: {Errors}", items[i].Id, items[i].Raw.Source,
                        string.Join("; ", reports[i].Errors.Select(e => e.Message)));
            processed += items.Count;
        }
        if (metrics is not null)
        {
            var depth = await inbox.DepthAsync(cancellationToken);
            metrics.InboxDepth(depth.Pending, depth.Failed);
        }
        return processed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DrainAsync(stoppingToken) == 0)
                    await signal.WaitAsync(pipeline.InboxOptions.IdleCheck, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store is unreachable or similar: claims made stay leased and come back; try again shortly.
                logger.LogError(e, "inbox worker: {Message}", e.Message);
                await signal.WaitAsync(pipeline.InboxOptions.IdleCheck, stoppingToken);
            }
        }
    }
}
