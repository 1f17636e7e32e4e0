using System.Diagnostics.Metrics;

namespace WireDesk.Ingest.Health;

/// <summary>
/// The ingest side's instruments on the "WireDesk.Ingest" meter; the host exports them (Prometheus at /metrics).
/// Names follow OpenTelemetry conventions; the exporter turns them into wiredesk_deliveries_total and so on.
/// </summary>
public sealed class IngestMetrics : IDisposable
{
    public const string MeterName = "WireDesk.Ingest";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _parseErrors;
    private readonly Histogram<double> _publishLatency;
    private readonly Counter<long> _batchFallbacks;
    private long _inboxPending;
    private long _inboxFailed;

    public IngestMetrics()
    {
        _deliveries = _meter.CreateCounter<long>("wiredesk.deliveries", "{delivery}", "Deliveries by source and outcome (accepted, repeated, rejected, done, failed, retried)");
        _batchFallbacks = _meter.CreateCounter<long>("wiredesk.batch_fallbacks", "{batch}",
            "Batches of deliveries that could not be applied in one transaction and were applied one by one");
        _parseErrors = _meter.CreateCounter<long>("wiredesk.parse_errors", "{error}", "Parse errors by source");
        _publishLatency = _meter.CreateHistogram<double>("wiredesk.publish_latency", "s", "Receipt to live, per story published or updated",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        _meter.CreateObservableGauge("wiredesk.inbox_depth", () => new[]
        {
            new Measurement<long>(Interlocked.Read(ref _inboxPending), new KeyValuePair<string, object?>("status", "pending")),
            new Measurement<long>(Interlocked.Read(ref _inboxFailed), new KeyValuePair<string, object?>("status", "failed")),
        }, "{delivery}", "Deliveries waiting in the inbox and quarantined");
    }

    public void Delivery(string source, string outcome) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("outcome", outcome));

    public void BatchFallback() => _batchFallbacks.Add(1);

    public void ParseErrors(string source, int count)
    {
        if (count > 0) _parseErrors.Add(count, new KeyValuePair<string, object?>("source", source));
    }

    public void PublishLatency(string source, TimeSpan latency) =>
        _publishLatency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("source", source));

    public void InboxDepth(long pending, long failed)
    {
        Interlocked.Exchange(ref _inboxPending, pending);
        Interlocked.Exchange(ref _inboxFailed, failed);
    }

    public void Dispose() => _meter.Dispose();
}
