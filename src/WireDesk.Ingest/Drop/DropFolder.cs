using System.Security.Cryptography;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;

namespace WireDesk.Ingest.Drop;

/// <summary>
/// One source's drop folder. A file is taken only when complete: unchanged in size and time over two scans, or just
/// renamed from a temporary name. It is accepted into the inbox first, keyed by name + size + SHA-256, so a restart
/// between accept and move finds the same delivery again; then processed and moved to processed/, or to failed/ with
/// a .reason file beside it. Files already there at start-up are taken on the first scans.
/// </summary>
public sealed class DropFolder(string source, string path, IngestPipeline pipeline, IInbox inbox)
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
        foreach (var file in ready.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TakeAsync(file, cancellationToken)) settled++;
        }
        return settled;
    }

    private async Task<bool> TakeAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        var name = System.IO.Path.GetFileName(file);
        var key = $"file:{name}:{bytes.Length}:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
        var report = await pipeline.IngestAsync(new SourceDocument(bytes, null, name), source, "drop", key, cancellationToken);
        var entry = await inbox.GetEntryAsync(report.DeliveryId, cancellationToken);
        switch (entry?.Status)
        {
            case InboxStatus.Done:
                Move(file, ProcessedPath, report.DeliveryId);
                return true;
            case InboxStatus.Failed:
                var target = Move(file, FailedPath, report.DeliveryId);
                await File.WriteAllTextAsync(target + ".reason",
                    $"delivery {report.DeliveryId}: {entry.Error}\n", cancellationToken);
                return true;
            default:
                // Still pending: another process holds its claim (or a crashed one, until the lease ends). Next scan.
                _seen.Remove(file);
                return false;
        }
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
