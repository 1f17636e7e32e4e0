using System.Security.Cryptography;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Stories;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Pipeline;

namespace WireDesk.Ingest.Drop;

/// <summary>
/// One source's drop folder. A file is taken only when complete: unchanged in size and time over two scans, or just
/// renamed from a temporary name. It is accepted into the inbox first, keyed by name + size + SHA-256, so a restart
/// between accept and move finds the same delivery again; then processed and moved to processed/, or to failed/ with
/// a .reason file beside it. Files already there at start-up are taken on the first scans. Files are taken in batches:
/// one inbox commit per batch, parsed in parallel, decided in name order.
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

        var settled = 0;
        foreach (var batch in ready.Order(StringComparer.Ordinal).Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            settled += await TakeAsync(batch, cancellationToken);
        }
        return settled;
    }

    /// <summary>Files taken per inbox transaction and per batch handed to the pipeline.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>
    /// Accepts a batch of files in one transaction (each keyed by name + size + SHA-256), processes the new ones as one
    /// batch, and moves every file whose delivery is settled. Returns how many were moved.
    /// </summary>
    private async Task<int> TakeAsync(string[] files, CancellationToken cancellationToken)
    {
        var read = new (string File, InboxDelivery? Delivery)[files.Length];
        var receivedAt = pipeline.NewClaim().Now;
        Parallel.For(0, files.Length, i => read[i] = (files[i], ReadDelivery(files[i], receivedAt)));
        var present = read.Where(r => r.Delivery is not null).ToArray();
        if (present.Length == 0) return 0;

        var claim = pipeline.NewClaim();
        var receipts = await inbox.AcceptManyAsync([.. present.Select(p => p.Delivery!)], claim, cancellationToken);
        var toProcess = new List<(int Index, InboxItem Item)>();
        var taken = new HashSet<long>();
        var outcomes = new (InboxStatus Status, string? Reason, long Id)[present.Length];
        for (var i = 0; i < present.Length; i++)
        {
            var receipt = receipts[i];
            var raw = present[i].Delivery!.Raw;
            metrics?.Delivery(source, receipt.Repeated ? "repeated" : "accepted");
            InboxItem? item = receipt.Claimed ? new InboxItem(receipt.DeliveryId, raw, 1)
                // A repeat still pending after a restart: ours to finish unless a live process holds its claim.
                : receipt.Status == InboxStatus.Pending && !taken.Contains(receipt.DeliveryId)
                    ? await inbox.ClaimByIdAsync(receipt.DeliveryId, claim, cancellationToken)
                    : null;
            if (item is not null && taken.Add(item.Id)) toProcess.Add((i, item));
            outcomes[i] = (receipt.Status, null, receipt.DeliveryId);
        }

        var reports = await pipeline.ProcessClaimedBatchAsync([.. toProcess.Select(p => p.Item)], cancellationToken);
        for (var k = 0; k < toProcess.Count; k++)
            outcomes[toProcess[k].Index] = (reports[k].Settled, reports[k].QuarantineReason, toProcess[k].Item.Id);

        var moved = 0;
        for (var i = 0; i < present.Length; i++)
        {
            var (status, reason, id) = outcomes[i];
            switch (status)
            {
                case InboxStatus.Done:
                    Move(present[i].File, ProcessedPath, id);
                    moved++;
                    break;
                case InboxStatus.Failed:
                    reason ??= (await inbox.GetEntryAsync(id, cancellationToken))?.Error;
                    var target = Move(present[i].File, FailedPath, id);
                    await File.WriteAllTextAsync(target + ".reason", $"delivery {id}: {reason}\n", cancellationToken);
                    moved++;
                    break;
                default:
                    // Still pending: another process holds its claim (or a crashed one, until the lease ends). Next scan.
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
