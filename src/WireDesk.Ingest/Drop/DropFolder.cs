using System.Security.Cryptography;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Stories;
using WireDesk.Formats;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Pipeline;

namespace WireDesk.Ingest.Drop;

/// <summary>
/// One source's drop folder. A file is taken only when complete: unchanged in size and time over two scans, or just
/// renamed from a temporary name. It is accepted into the inbox first, keyed by name + size + SHA-256, so a restart
/// between accept and move finds the same delivery again; then processed and moved to processed/, or to failed/ with
/// a .reason file beside it. Files already there at start-up are taken on the first scans. Files are taken in batches:
/// one inbox commit per batch, parsed in parallel, decided in name order, the next batch read and the last one moved
/// while one is in the store.
/// </summary>
public sealed class DropFolder(string source, string path, IngestPipeline pipeline, IInbox inbox, IngestMetrics? metrics = null)
{
    private Dictionary<string, (long Length, DateTime WrittenAt)> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _renamedComplete = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Source => source;
    public string Path => path;
    public string ProcessedPath => System.IO.Path.Combine(path, "processed");
    public string FailedPath => System.IO.Path.Combine(path, "failed");

    public void EnsureFolders()
    {
        Directory.CreateDirectory(ProcessedPath);
        Directory.CreateDirectory(FailedPath);
    }

    /// <summary>A file was renamed from a temporary name to this one: it is complete now.</summary>
    public void MarkComplete(string fullPath)
    {
        lock (_gate) _renamedComplete.Add(fullPath);
    }

    /// <summary>One scan: takes every complete file; returns how many were settled (moved).</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        var ready = new List<string>();
        HashSet<string> renamed;
        lock (_gate)
        {
            renamed = [.. _renamedComplete];
            _renamedComplete.Clear();
        }
        foreach (var file in new DirectoryInfo(path).EnumerateFiles())
        {
            if (DropFile.IsTemporary(file.Name) || file.Name.EndsWith(".reason", StringComparison.Ordinal)) continue;
            var observed = (file.Length, file.LastWriteTimeUtc);
            now[file.FullName] = observed;
            if (renamed.Contains(file.FullName) || (_seen.TryGetValue(file.FullName, out var before) && before == observed))
                ready.Add(file.FullName);
        }
        _seen = now;

        // Three stages overlap: the next batch is read from disk and the last one moved out while this one is in
        // the store, which takes one writer at a time; the reading and moving use the other core.
        var batches = ready.Order(StringComparer.Ordinal).Chunk(BatchSize).ToArray();
        if (batches.Length == 0) return 0;
        var settled = 0;
        var reading = Task.Run(() => Read(batches[0]), cancellationToken);
        var moving = Task.FromResult(0);
        try
        {
            for (var b = 0; b < batches.Length; b++)
            {
                var present = await reading;
                var next = b + 1;
                if (next < batches.Length) reading = Task.Run(() => Read(batches[next]), cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                var outcomes = present.Count == 0 ? [] : await SettleAsync(present, cancellationToken);
                settled += await moving;
                moving = MoveAsync(present, outcomes, cancellationToken);
            }
        }
        finally
        {
            // Even when a batch fails: the files of the one before are settled and must be moved before the next scan.
            settled += await moving;
        }
        return settled;
    }

    /// <summary>
    /// Files taken per inbox transaction and per batch handed to the pipeline. Larger batches commit less often but
    /// hold the store's write lock longer, which pushes arriving meanwhile wait for.
    /// </summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>
    /// Reads the files of a batch that are still there, each keyed by name + size + SHA-256, and parses them.
    /// </summary>
    private List<Taken> Read(string[] files)
    {
        var read = new Taken?[files.Length];
        var receivedAt = pipeline.NewClaim().Now;
        Parallel.For(0, files.Length, i => read[i] = ReadDelivery(files[i], receivedAt) is { } delivery
            ? new Taken(files[i], delivery, pipeline.PreRead(delivery.Raw))
            : null);
        return [.. read.OfType<Taken>()];
    }

    private sealed record Taken(string File, InboxDelivery Delivery, (ReadResult? Read, Exception? Error) Parsed);

    /// <summary>
    /// Accepts a batch in one transaction, processes its new deliveries as one batch, and says how each file's
    /// delivery stands.
    /// </summary>
    private async Task<(InboxStatus Status, string? Reason, long Id)[]> SettleAsync(List<Taken> present,
        CancellationToken cancellationToken)
    {
        var claim = pipeline.NewClaim();
        var receipts = await inbox.AcceptManyAsync([.. present.Select(p => p.Delivery)], claim, cancellationToken);
        var toProcess = new List<(int Index, InboxItem Item)>();
        var taken = new HashSet<long>();
        var outcomes = new (InboxStatus Status, string? Reason, long Id)[present.Count];
        for (var i = 0; i < present.Count; i++)
        {
            var receipt = receipts[i];
            var raw = present[i].Delivery.Raw;
            metrics?.Delivery(source, receipt.Repeated ? "repeated" : "accepted");
            InboxItem? item = receipt.Claimed ? new InboxItem(receipt.DeliveryId, raw, 1)
                // A repeat still pending after a restart: ours to finish unless a live process holds its claim.
                : receipt.Status == InboxStatus.Pending && !taken.Contains(receipt.DeliveryId)
                    ? await inbox.ClaimByIdAsync(receipt.DeliveryId, claim, cancellationToken)
                    : null;
            if (item is not null && taken.Add(item.Id)) toProcess.Add((i, item));
            outcomes[i] = (receipt.Status, null, receipt.DeliveryId);
        }

        var reports = await pipeline.ProcessClaimedBatchAsync([.. toProcess.Select(p => p.Item)],
            [.. toProcess.Select(p => present[p.Index].Parsed)], cancellationToken);
        for (var k = 0; k < toProcess.Count; k++)
            outcomes[toProcess[k].Index] = (reports[k].Settled, reports[k].QuarantineReason, toProcess[k].Item.Id);
        for (var i = 0; i < present.Count; i++)
            if (outcomes[i] is { Status: InboxStatus.Failed, Reason: null })
                outcomes[i].Reason = (await inbox.GetEntryAsync(outcomes[i].Id, cancellationToken))?.Error;
        return outcomes;
    }

    /// <summary>Moves every settled file to processed/ or to failed/ with its .reason; returns how many were moved.</summary>
    private async Task<int> MoveAsync(List<Taken> present, (InboxStatus Status, string? Reason, long Id)[] outcomes,
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        var moved = 0;
        for (var i = 0; i < present.Count; i++)
        {
            var (status, reason, id) = outcomes[i];
            switch (status)
            {
                case InboxStatus.Done:
                    Move(present[i].File, ProcessedPath, id);
                    moved++;
                    break;
                case InboxStatus.Failed:
                    var target = Move(present[i].File, FailedPath, id);
                    await File.WriteAllTextAsync(target + ".reason", $"delivery {id}: {reason}\n", cancellationToken);
                    moved++;
                    break;
                default:
                    // Still pending: another process holds its claim (or a crashed one, until the lease ends). Next scan.
                    // No scan runs meanwhile: ScanAsync waits for the last moves before it returns.
                    _seen.Remove(present[i].File);
                    break;
            }
        }
        return moved;
    }

    private InboxDelivery? ReadDelivery(string file, DateTimeOffset receivedAt)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        var name = System.IO.Path.GetFileName(file);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var raw = new RawDelivery(source, bytes, null, sha256, receivedAt, "drop", name);
        return new InboxDelivery(raw, $"file:{name}:{bytes.Length}:{sha256}");
    }

    private static string Move(string file, string folder, long deliveryId)
    {
        var name = System.IO.Path.GetFileName(file);
        var target = System.IO.Path.Combine(folder, name);
        if (File.Exists(target))
            target = System.IO.Path.Combine(folder, $"{System.IO.Path.GetFileNameWithoutExtension(name)}.{deliveryId}{System.IO.Path.GetExtension(name)}");
        File.Move(file, target, overwrite: true);
        return target;
    }
}
