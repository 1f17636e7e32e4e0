using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Pipeline;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Drop;

/// <summary>
/// Watches the drop folder of every source with transport "drop": scans on a short interval, and at once when a file
/// is renamed from a temporary name (the usual end of an FTP/SFTP upload).
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

    public IReadOnlyList<DropFolder> Folders { get; } = [.. sources.Definitions
        .Where(s => string.Equals(s.Transport, "drop", StringComparison.OrdinalIgnoreCase) && !s.Paused)
        .Select(s => new DropFolder(s.Name, DropFile.FolderOf(s, options.DataDirectory), pipeline, inbox, metrics))];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Folders.Count == 0) return;
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in Folders)
        {
            folder.EnsureFolders();
            watchers.Add(Watch(folder));
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var folder in Folders)
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
            foreach (var watcher in watchers) watcher.Dispose();
        }
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
