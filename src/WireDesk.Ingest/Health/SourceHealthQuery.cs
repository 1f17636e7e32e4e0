using WireDesk.Core.Health;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Health;

/// <summary>Joins the sources file with the stored status: every configured source appears, even one never heard from.</summary>
public sealed class SourceHealthQuery(SourceCatalog sources, ISourceStatusStore store, TimeProvider time) : ISourceHealthQuery
{
    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var statuses = (await store.ListStatusAsync(now.AddHours(-24), cancellationToken))
            .ToDictionary(s => s.Source, StringComparer.OrdinalIgnoreCase);
        return [.. sources.Definitions.Select(d => Health(d, statuses.GetValueOrDefault(d.Name), now))];
    }

    public static SourceHealth Health(SourceDefinition source, SourceStatus? status, DateTimeOffset now)
    {
        var lastHeard = status?.LastDeliveryAt;
        var quiet = !source.Paused && (lastHeard is null || now - lastHeard > TimeSpan.FromMinutes(source.IdleMinutes));
        var failing = status is { ConsecutiveFailures: > 0 };
        return new SourceHealth
        {
            Source = source.Name,
            Transport = source.Transport,
            Status = source.Paused ? "paused" : failing ? "failing" : status?.LastDeliveryAt is null ? "waiting" : quiet ? "quiet" : "ok",
            Paused = source.Paused,
            Quiet = quiet,
            IdleMinutes = source.IdleMinutes,
            LastSuccessAt = status?.LastSuccessAt,
            LastErrorAt = status?.LastErrorAt,
            LastError = status?.LastError,
            ConsecutiveFailures = status?.ConsecutiveFailures ?? 0,
            ItemsLast24Hours = status?.ItemsInWindow ?? 0,
            LastDeliveryAt = lastHeard,
            ReceiptLagMs = status?.ReceiptLag?.TotalMilliseconds,
            AgencyLagMs = status?.AgencyLag?.TotalMilliseconds,
        };
    }
}
