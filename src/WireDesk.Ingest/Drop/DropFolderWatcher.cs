using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Pipeline;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Drop;

/// <summary>
/// Watches the drop folder of every source with transport "drop" that is not paused: scans on a short interval, and
/// at once when a file is renamed from a temporary name (the usual end of an FTP/SFTP upload). Follows the catalog:
/// a source added or unpaused is watched from the next scan (within the scan interval), one removed or paused is
/// left alone.
/// </summary>
public sealed class DropFolderWatcher(
    SourceCatalog sources,
    IngestPipeline pipeline,
    IInbox inbox,
    DropFolderOptions options,
    ILogger<DropFolderWatcher> logger,
    IngestMetrics? metrics = null) : BackgroundService
{
    private readonly InboxSignal _wake = new();
    private readonly Dictionary<string, (DropFolder Folder, FileSystemWatcher Watcher)> _watched = new(StringComparer.OrdinalIgnoreCase);
    private volatile IReadOnlyList<DropFolder> _folders = [];

    /// <summary>The folders watched now.</summary>
    public IReadOnlyList<DropFolder> Folders => _folders;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var changed = sources.WhenChangedAsync(stoppingToken);
            Follow();
            while (!stoppingToken.IsCancellationRequested)
            {
                if (changed.IsCompleted)
                {
                    changed = sources.WhenChangedAsync(stoppingToken);
                    Follow();
                }
                foreach (var folder in _folders)
                {
                    try
                    {
                        await folder.ScanAsync(stoppingToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogError(e, "drop folder {Folder} of {Source}: {Message}", folder.Path, folder.Source, e.Message);
                    }
                }
                await _wake.WaitAsync(options.ScanInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var (_, watcher) in _watched.Values) watcher.Dispose();
            _watched.Clear();
        }
    }

    /// <summary>Starts watching the drop sources the catalog has gained and stops watching those it lost or paused.</summary>
    private void Follow()
    {
        var wanted = sources.Definitions
            .Where(s => string.Equals(s.Transport, "drop", StringComparison.OrdinalIgnoreCase) && !s.Paused)
            .ToDictionary(s => s.Name, s => DropFile.FolderOf(s, options.DataDirectory), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, (folder, watcher)) in _watched.ToList())
        {
            if (wanted.TryGetValue(name, out var path) && path == folder.Path) continue;
            watcher.Dispose();
            _watched.Remove(name);
        }
        foreach (var (name, path) in wanted)
        {
            if (_watched.ContainsKey(name)) continue;
            var folder = new DropFolder(name, path, pipeline, inbox, metrics);
            try
            {
                folder.EnsureFolders();
                _watched[name] = (folder, Watch(folder));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                logger.LogError("drop folder {Folder} of {Source} cannot be watched: {Message}", path, name, e.Message);
            }
        }
        _folders = [.. _watched.Values.Select(w => w.Folder)];
    }

    private FileSystemWatcher Watch(DropFolder folder)
    {
        var watcher = new FileSystemWatcher(folder.Path) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName };
        watcher.Renamed += (_, e) =>
        {
            if (DropFile.IsTemporary(Path.GetFileName(e.OldFullPath)) && !DropFile.IsTemporary(e.Name ?? ""))
            {
                folder.MarkComplete(e.FullPath);
                _wake.Notify();
            }
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
