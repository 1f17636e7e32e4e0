using System.Security.Cryptography;
using NodaTime;
using WireDesk.Core.Duplicates;
using WireDesk.Core.Events;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Formats;
using WireDesk.Ingest.Scheduling;

namespace WireDesk.Ingest.Pipeline;

/// <summary>
/// Delivery → detect → parse → identify and version → policy → publish (PRODUCT.md §3). The raw delivery is stored
/// first; each story is decided and written on its own, so one bad item never takes its batch down.
/// </summary>
public sealed class IngestPipeline(
    IStoryStore store,
    StoryReader reader,
    ISourceCatalog sources,
    DuplicateIndex duplicates,
    StoryEventHub events,
    TimeProvider time,
    EmbargoScheduler? embargoes = null)
{
    // Decisions read the story and then write it; one at a time keeps two copies of a guid from racing.
    private readonly SemaphoreSlim _decide = new(1, 1);

    public async Task<IngestReport> IngestAsync(SourceDocument document, string source, string transport, CancellationToken cancellationToken)
    {
        var delivery = new RawDelivery(source, document.Bytes, document.ContentType,
            Convert.ToHexStringLower(SHA256.HashData(document.Bytes)), time.GetUtcNow(), transport, document.Name);
        var id = await store.AddDeliveryAsync(delivery, cancellationToken);
        return await ProcessAsync(id, delivery, cancellationToken);
    }

    /// <summary>Reads a stored delivery and applies its stories; safe to run again for the same delivery.</summary>
    public async Task<IngestReport> ProcessAsync(long deliveryId, RawDelivery delivery, CancellationToken cancellationToken)
    {
        var policy = sources.PolicyFor(delivery.Source);
        var context = new ParseContext(delivery.Source)
        {
            Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(policy.TimeZone) ?? DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
            DefaultAgency = policy.DefaultAgency,
        };
        var name = delivery.Name ?? $"delivery {deliveryId}";
        var read = reader.Read(new SourceDocument(delivery.Bytes, delivery.ContentType, name), context);
        var items = new List<ItemResult>();
        foreach (var story in read.Stories)
            items.Add(await ApplyAsync(story, deliveryId, delivery.ReceivedAt, cancellationToken));
        return new IngestReport(deliveryId, name, read.Format, items, read.Errors);
    }

    public async Task<ItemResult> ApplyAsync(Story story, long? deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var policy = sources.PolicyFor(story.Source);
        await _decide.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var existing = await store.FindAsync(story.Source, story.Guid, cancellationToken);
            var versions = existing is null ? [] : await store.GetVersionsAsync(existing.Id, cancellationToken);
            var duplicate = existing is null ? duplicates.FindMatch(story, now) : null;
            var decision = LifecycleDecider.Decide(new IncomingStory(story, policy, existing, versions, duplicate, deliveryId, receivedAt, now));
            if (decision.Change is null)
                return new ItemResult(decision.Outcome, existing, decision.Reason);

            var stored = await store.SaveAsync(decision.Change, cancellationToken);
            if (stored.State != StoryState.Killed && stored.State != StoryState.Dropped)
                duplicates.Add(stored.Id, stored.ClusterId ?? stored.Id, stored.Current, now);
            Announce(decision.Outcome, stored, now);
            if (decision.Outcome == Outcome.Embargoed) embargoes?.Wake();
            return new ItemResult(decision.Outcome, stored, decision.Reason);
        }
        finally
        {
            _decide.Release();
        }
    }

    private void Announce(Outcome outcome, StoredStory story, DateTimeOffset now)
    {
        StoryEventKind? kind = outcome switch
        {
            Outcome.Published when Visibility.IsVisible(story, now) => StoryEventKind.Published,
            Outcome.Updated => StoryEventKind.Updated,
            Outcome.Withheld => StoryEventKind.Withheld,
            Outcome.Killed => StoryEventKind.Killed,
            _ => null,
        };
        if (kind is { } k) events.Publish(k, story.Id, story.Path, now);
    }
}
