using System.Security.Cryptography;
using NodaTime;
using WireDesk.Core.Duplicates;
using WireDesk.Core.Events;
using WireDesk.Core.Inbox;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Formats;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Scheduling;

namespace WireDesk.Ingest.Pipeline;

/// <summary>
/// Delivery → detect → parse → identify and version → policy → publish (PRODUCT.md §3). The raw delivery is stored
/// first; each story is decided and written on its own, so one bad item never takes its batch down.
/// </summary>
public sealed class IngestPipeline(
    IStoryStore store,
    IInbox inbox,
    StoryReader reader,
    ISourceCatalog sources,
    DuplicateIndex duplicates,
    StoryEventHub events,
    TimeProvider time,
    InboxOptions? inboxOptions = null,
    IngestMetrics? metrics = null,
    SourceHealthTracker? health = null,
    EmbargoScheduler? embargoes = null,
    StoryWriteGate? gate = null,
    IUnitOfWork? unitOfWork = null)
{
    // Decisions read the story and then write it; one at a time (shared with editor actions) keeps two copies of a
    // guid, or a copy and an editor, from racing.
    private readonly StoryWriteGate _gate = gate ?? new StoryWriteGate();
    private readonly InboxOptions _inbox = inboxOptions ?? new InboxOptions();

    public InboxOptions InboxOptions => _inbox;

    public Task<IngestReport> IngestAsync(SourceDocument document, string source, string transport, CancellationToken cancellationToken) =>
        IngestAsync(document, source, transport, null, cancellationToken);

    /// <summary>
    /// Ingest = accept + process: the delivery is committed to the inbox (claimed by this caller so no worker takes it
    /// meanwhile), then processed here. A repeat of a delivery already done or failed is not processed again.
    /// </summary>
    public async Task<IngestReport> IngestAsync(SourceDocument document, string source, string transport, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var raw = new RawDelivery(source, document.Bytes, document.ContentType,
            Convert.ToHexStringLower(SHA256.HashData(document.Bytes)), time.GetUtcNow(), transport, document.Name);
        var claim = NewClaim();
        var receipt = await inbox.AcceptAsync(new InboxDelivery(raw, idempotencyKey), claim, cancellationToken);
        metrics?.Delivery(source, receipt.Repeated ? "repeated" : "accepted");
        var item = receipt.Claimed
            ? new InboxItem(receipt.DeliveryId, raw, 1)
            : receipt.Status == InboxStatus.Pending ? await inbox.ClaimByIdAsync(receipt.DeliveryId, claim, cancellationToken) : null;
        if (item is null)
            return new IngestReport(receipt.DeliveryId, document.Name, null, [], []) { Repeated = true, Settled = receipt.Status };
        return await ProcessClaimedAsync(item, cancellationToken);
    }

    public InboxClaim NewClaim() => new(_inbox.Owner, time.GetUtcNow(), _inbox.Lease);

    /// <summary>
    /// Processes claimed deliveries: reads them all first, in parallel (parsing is pure and takes most of the CPU),
    /// then applies their stories one delivery at a time in the order given (decisions stay serial, so two copies of
    /// one story are decided in order), then marks every delivery processed well done in one commit.
    /// </summary>
    public Task<IReadOnlyList<IngestReport>> ProcessClaimedBatchAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken) =>
        ProcessClaimedBatchAsync(items, null, cancellationToken);

    /// <param name="preRead">The deliveries already read by <see cref="PreRead"/>, in the order of the items; null to read them here.</param>
    public async Task<IReadOnlyList<IngestReport>> ProcessClaimedBatchAsync(IReadOnlyList<InboxItem> items,
        IReadOnlyList<(ReadResult? Read, Exception? Error)>? preRead, CancellationToken cancellationToken)
    {
        var reads = new (ReadResult? Read, Exception? Error)[items.Count];
        if (preRead is not null)
            for (var i = 0; i < items.Count; i++) reads[i] = preRead[i];
        else if (items.Count == 1) reads[0] = TryRead(items[0]);
        else
            await Parallel.ForAsync(0, items.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                (i, _) =>
                {
                    reads[i] = TryRead(items[i]);
                    return ValueTask.CompletedTask;
                });

        if (unitOfWork is not null && items.Count > 1)
        {
            try
            {
                return await ApplyBatchInOneTransactionAsync(items, reads, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Nothing of the batch was kept: apply its deliveries one by one, so a bad one is quarantined alone.
                metrics?.BatchFallback();
            }
        }

        var reports = new IngestReport[items.Count];
        var completed = new List<long>(items.Count);
        for (var i = 0; i < items.Count; i++)
            reports[i] = await ProcessClaimedAsync(items[i], cancellationToken, completed, reads[i]);
        await inbox.CompleteManyAsync(completed, time.GetUtcNow(), cancellationToken);
        return reports;
    }

    /// <summary>
    /// The whole batch under the write gate in one transaction: every story saved and every delivery marked done with
    /// one commit. Any exception rolls all of it back and is thrown, for the caller to go one by one.
    /// </summary>
    private async Task<IReadOnlyList<IngestReport>> ApplyBatchInOneTransactionAsync(IReadOnlyList<InboxItem> items,
        (ReadResult? Read, Exception? Error)[] reads, CancellationToken cancellationToken)
    {
        var scope = new BatchScope();
        var reports = await _gate.RunAsync(() => unitOfWork!.InOneTransactionAsync(async () =>
        {
            var settled = new IngestReport[items.Count];
            var completed = new List<long>(items.Count);
            for (var i = 0; i < items.Count; i++)
                settled[i] = await ProcessClaimedAsync(items[i], cancellationToken, completed, reads[i], scope);
            await inbox.CompleteManyAsync(completed, time.GetUtcNow(), cancellationToken);
            return settled;
        }, cancellationToken), cancellationToken);
        foreach (var action in scope.AfterCommit) action();
        return reports;
    }

    /// <summary>
    /// Processes a claimed delivery and settles it: done, or quarantined with the reason when nothing could be read.
    /// When processing throws (the store is down), the delivery stays pending and its lease lets it be retried; after
    /// <see cref="InboxOptions.MaxAttempts"/> claims it is quarantined.
    /// </summary>
    /// <param name="completed">
    /// When given, a delivery processed well is added here for the caller to mark done with others in one commit,
    /// instead of being marked done at once; until then it stays claimed, and a crash only makes it run again.
    /// </param>
    /// <param name="preRead">The delivery already read (by <see cref="ProcessClaimedBatchAsync"/>), or the exception reading threw.</param>
    public Task<IngestReport> ProcessClaimedAsync(InboxItem item, CancellationToken cancellationToken, ICollection<long>? completed = null,
        (ReadResult? Read, Exception? Error)? preRead = null) =>
        ProcessClaimedAsync(item, cancellationToken, completed, preRead, scope: null);

    private async Task<IngestReport> ProcessClaimedAsync(InboxItem item, CancellationToken cancellationToken, ICollection<long>? completed,
        (ReadResult? Read, Exception? Error)? preRead, BatchScope? scope)
    {
        var source = item.Raw.Source;
        IngestReport report;
        try
        {
            var (read, error) = preRead ?? TryRead(item);
            if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            report = await ApplyReadAsync(item.Id, item.Raw, read!, cancellationToken, scope);
        }
        // In a batch, a failure takes the batch back to one by one, where it is handled here.
        catch (Exception e) when (scope is null && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            var reason = $"processing failed (attempt {item.Attempts}): {e.GetType().Name}: {e.Message}";
            var quarantined = item.Attempts >= _inbox.MaxAttempts;
            if (quarantined)
            {
                await inbox.QuarantineAsync(item.Id, reason, time.GetUtcNow(), cancellationToken);
                metrics?.Delivery(source, "failed");
            }
            else
            {
                metrics?.Delivery(source, "retried");
            }
            if (health is not null) await health.FailedAsync(source, reason, cancellationToken);
            return new IngestReport(item.Id, item.Raw.Name ?? $"delivery {item.Id}", null, [],
                [new ParseError(item.Raw.Name ?? $"delivery {item.Id}", reason)])
            {
                Settled = quarantined ? InboxStatus.Failed : InboxStatus.Pending,
                QuarantineReason = quarantined ? reason : null,
            };
        }

        metrics?.ParseErrors(source, report.Errors.Count);
        if (report.Failed)
        {
            var reason = string.Join("; ", report.Errors.Select(e => e.Where == report.Name ? e.Message : $"{e.Where}: {e.Message}"));
            await inbox.QuarantineAsync(item.Id, reason, time.GetUtcNow(), cancellationToken);
            metrics?.Delivery(source, "failed");
            if (health is not null) await health.FailedAsync(source, reason, cancellationToken);
            return report with { Settled = InboxStatus.Failed, QuarantineReason = reason };
        }

        var now = time.GetUtcNow();
        if (completed is null) await inbox.CompleteAsync(item.Id, now, cancellationToken);
        else completed.Add(item.Id);
        metrics?.Delivery(source, "done");
        foreach (var published in report.Items.Where(i => i.Outcome is Outcome.Published or Outcome.Updated && i.Story is not null))
        {
            var receiptLag = now - item.Raw.ReceivedAt;
            metrics?.PublishLatency(source, receiptLag);
            health?.Delivered(source, receiptLag, published.Story!.Current.VersionCreated is { } created ? now - created : null);
        }
        return report with { Settled = InboxStatus.Done };
    }

    /// <summary>Reads a stored delivery and applies its stories; safe to run again for the same delivery.</summary>
    public Task<IngestReport> ProcessAsync(long deliveryId, RawDelivery delivery, CancellationToken cancellationToken) =>
        ApplyReadAsync(deliveryId, delivery, Read(deliveryId, delivery), cancellationToken);

    /// <summary>
    /// Reads a named delivery before it is in the inbox (reading is pure), so that a caller with batches, the drop
    /// folder, reads the next one while the store applies this one.
    /// </summary>
    public (ReadResult? Read, Exception? Error) PreRead(RawDelivery delivery) => TryRead(new InboxItem(0, delivery, 0));

    private (ReadResult? Read, Exception? Error) TryRead(InboxItem item)
    {
        try
        {
            var read = Read(item.Id, item.Raw);
            // Worked out here, in parallel, so that the duplicate index finds it ready under the write gate.
            foreach (var story in read.Stories) Fingerprint.Of(story);
            return (read, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private ReadResult Read(long deliveryId, RawDelivery delivery)
    {
        var policy = sources.PolicyFor(delivery.Source);
        var context = new ParseContext(delivery.Source)
        {
            Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(policy.TimeZone) ?? DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
            DefaultAgency = policy.DefaultAgency,
        };
        return reader.Read(new SourceDocument(delivery.Bytes, delivery.ContentType, delivery.Name ?? $"delivery {deliveryId}"), context);
    }

    private async Task<IngestReport> ApplyReadAsync(long deliveryId, RawDelivery delivery, ReadResult read, CancellationToken cancellationToken,
        BatchScope? scope = null)
    {
        var items = new List<ItemResult>(read.Stories.Count);
        foreach (var story in read.Stories)
            items.Add(scope is null
                ? await ApplyAsync(story, deliveryId, delivery.ReceivedAt, cancellationToken)
                : await DecideAndSaveAsync(story, deliveryId, delivery.ReceivedAt, scope, cancellationToken));
        return new IngestReport(deliveryId, delivery.Name ?? $"delivery {deliveryId}", read.Format, items, read.Errors);
    }

    public Task<ItemResult> ApplyAsync(Story story, long? deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        _gate.RunAsync(() => DecideAndSaveAsync(story, deliveryId, receivedAt, null, cancellationToken), cancellationToken);

    /// <summary>Decides one story against what is stored and saves the change; the caller holds the write gate.</summary>
    private async Task<ItemResult> DecideAndSaveAsync(Story story, long? deliveryId, DateTimeOffset receivedAt, BatchScope? scope,
        CancellationToken cancellationToken)
    {
        var policy = sources.PolicyFor(story.Source);
        var now = time.GetUtcNow();
        var existing = await store.FindAsync(story.Source, story.Guid, cancellationToken);
        var versions = existing is null ? [] : await store.GetVersionsAsync(existing.Id, cancellationToken);
        var duplicate = existing is null ? Better(duplicates.FindMatch(story, now), scope?.Pending.FindMatch(story, now)) : null;
        var decision = LifecycleDecider.Decide(new IncomingStory(story, policy, existing, versions, duplicate, deliveryId, receivedAt, now));
        if (decision.Change is null)
            return new ItemResult(decision.Outcome, existing, decision.Reason);

        var stored = await store.SaveAsync(decision.Change, cancellationToken);
        var indexed = stored.State != StoryState.Killed && stored.State != StoryState.Dropped;
        if (scope is null)
        {
            if (indexed) duplicates.Add(stored.Id, stored.ClusterId ?? stored.Id, stored.Current, now);
            AfterSave(decision.Outcome, stored, now);
        }
        else
        {
            if (indexed) scope.Pending.Add(stored.Id, stored.ClusterId ?? stored.Id, stored.Current, now);
            scope.AfterCommit.Add(() =>
            {
                if (indexed) duplicates.Add(stored.Id, stored.ClusterId ?? stored.Id, stored.Current, now);
                AfterSave(decision.Outcome, stored, now);
            });
        }
        return new ItemResult(decision.Outcome, stored, decision.Reason);
    }

    private void AfterSave(Outcome outcome, StoredStory stored, DateTimeOffset now)
    {
        Announce(outcome, stored, now);
        if (outcome == Outcome.Embargoed) embargoes?.Wake();
    }

    private static DuplicateMatch? Better(DuplicateMatch? first, DuplicateMatch? second) =>
        first is null ? second : second is null || first.Similarity >= second.Similarity ? first : second;

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
