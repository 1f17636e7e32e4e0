using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WireDesk.Ingest.Sources;

/// <summary>
/// Reloads the catalog when the sources file changes on disk (<c>wiredesk sources add</c>, a hand edit, a deploy), so
/// a running <c>serve</c> takes a new or paused source without a restart. A file that does not read or whose policies
/// do not compile is reported and the catalog in use is kept.
/// </summary>
public sealed class SourcesFileWatcher(string path, SourceCatalog catalog, TimeProvider time, ILogger<SourcesFileWatcher> logger) : BackgroundService
{
    /// <summary>How often the file's size and time are looked at: one stat call, so cheap enough to do often.</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = Stamp();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(CheckInterval, time, stoppingToken);
                var now = Stamp();
                if (now == seen) continue;
                seen = now;
                await ReloadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Reads the file and swaps the catalog; false (logged) when the file is refused.</summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            catalog.Reload(await SourcesFile.ReadAsync(path, cancellationToken));
            logger.LogInformation("sources reloaded from {Path}: {Count} sources", path, catalog.Definitions.Count);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogError("sources file {Path} not taken, the sources in use stay: {Message}", path, e.Message);
            return false;
        }
    }

    private (long Length, DateTime WrittenAt) Stamp()
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, default);
    }
}
