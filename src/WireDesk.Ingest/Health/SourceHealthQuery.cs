using WireDesk.Core.Health;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Ingest.Health;

/// <summary>
/// Joins the sources file with the stored status and the WebSub subscriptions: every configured source appears, even
/// one never heard from.
/// </summary>
/// <param name="subscriptions">The WebSub subscriptions as they stand (the running subscriber's, or its file's).</param>
public sealed class SourceHealthQuery(SourceCatalog sources, ISourceStatusStore store, TimeProvider time,
    Func<CancellationToken, Task<IReadOnlyList<WebSubSubscription>>>? subscriptions = null) : ISourceHealthQuery
{
    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var statuses = (await store.ListStatusAsync(now.AddHours(-24), cancellationToken))
            .ToDictionary(s => s.Source, StringComparer.OrdinalIgnoreCase);
        var webSub = subscriptions is null ? [] : await subscriptions(cancellationToken);
        return [.. sources.Definitions.Select(d => Health(d, statuses.GetValueOrDefault(d.Name), now) with
        {
            WebSub = Health(webSub.Where(s => string.Equals(s.Source, d.Name, StringComparison.OrdinalIgnoreCase))
                // The live one when a hub moved and the old subscription is still being ended.
                .OrderBy(s => s.Status == WebSubStatus.Unsubscribing).FirstOrDefault()),
        })];
    }

    private static WebSubHealth? Health(WebSubSubscription? subscription) => subscription is null ? null : new WebSubHealth
    {
        Hub = subscription.Hub.ToString(),
        Topic = subscription.Topic.ToString(),
        Status = subscription.Status.ToString().ToLowerInvariant(),
        VerifiedAt = subscription.VerifiedAt,
        ExpiresAt = subscription.ExpiresAt,
        NextAttemptAt = subscription.NextAttemptAt,
        ConsecutiveFailures = subscription.ConsecutiveFailures,
        LastError = subscription.LastError,
    };

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
