using System.Collections.Concurrent;
using WireDesk.Core.Ports;

namespace WireDesk.Ingest.Health;

/// <summary>
/// Collects each source's latest live delivery in memory and writes it to the store in one go now and then, so the
/// hot path costs no extra write transaction per delivery. Failures are written at once: they are rare and matter.
/// </summary>
public sealed class SourceHealthTracker(ISourceStatusStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Live> _pending = new(StringComparer.Ordinal);

    public void Delivered(string source, TimeSpan receiptLag, TimeSpan? agencyLag) =>
        _pending[source] = new Live(time.GetUtcNow(), receiptLag, agencyLag);

    public Task FailedAsync(string source, string error, CancellationToken cancellationToken) =>
        store.RecordFailureAsync(source, error, time.GetUtcNow(), cancellationToken);

    public Task SucceededAsync(string source, CancellationToken cancellationToken) =>
        store.RecordSuccessAsync(source, time.GetUtcNow(), cancellationToken);

    /// <summary>Writes what was collected since the last flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var source in _pending.Keys.ToList())
        {
            if (!_pending.TryRemove(source, out var live)) continue;
            await store.RecordLiveAsync(source, live.At, live.ReceiptLag, live.AgencyLag, cancellationToken);
            await store.RecordSuccessAsync(source, live.At, cancellationToken);
        }
    }

    private sealed record Live(DateTimeOffset At, TimeSpan ReceiptLag, TimeSpan? AgencyLag);
}
