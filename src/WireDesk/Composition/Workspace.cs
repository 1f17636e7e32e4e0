using WireDesk.Core.Desk;
using WireDesk.Core.Duplicates;
using WireDesk.Core.Events;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;
using WireDesk.Ingest.Scheduling;
using WireDesk.Ingest.Sources;
using WireDesk.Storage;

namespace WireDesk.Composition;

/// <summary>
/// The composition root: one data folder (or PostgreSQL), its sources file, and the services every command and
/// the server share, so the CLI runs the same code as the server.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(string dataDirectory, string sourcesPath, SqlStoryStore store, SourceCatalog sources, TimeProvider time)
    {
        DataDirectory = dataDirectory;
        SourcesPath = sourcesPath;
        Store = store;
        Users = store;
        DeskLog = store;
        SourceSettings = new SourcesEditor(sourcesPath, sources);
        Sources = sources;
        Time = time;
        Events = new StoryEventHub();
        Duplicates = new DuplicateIndex();
        Reader = new StoryReader(ParserRegistry.All());
        Embargoes = new EmbargoScheduler(store, Events, time);
        Pipeline = new IngestPipeline(store, Reader, sources, Duplicates, Events, time, Embargoes);
        Editor = new EditorActions(store, Events, time);
    }

    public string DataDirectory { get; }
    public string SourcesPath { get; }
    public IStoryStore Store { get; }
    public IUserStore Users { get; }
    public IDeskLog DeskLog { get; }
    public ISourceSettings SourceSettings { get; }
    public SourceCatalog Sources { get; }
    public TimeProvider Time { get; }
    public StoryEventHub Events { get; }
    public DuplicateIndex Duplicates { get; }
    public StoryReader Reader { get; }
    public IngestPipeline Pipeline { get; }
    public EmbargoScheduler Embargoes { get; }
    public EditorActions Editor { get; }

    public static async Task<Workspace> OpenAsync(WorkspaceOptions options, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(data);
        var sourcesPath = Path.GetFullPath(options.SourcesPath ?? Path.Combine(data, "sources.json"));
        var sources = new SourceCatalog(await SourcesFile.ReadAsync(sourcesPath, cancellationToken));
        var store = await StoryStoreFactory.OpenAsync(options.Postgres, data, cancellationToken);
        var workspace = new Workspace(data, sourcesPath, store, sources, options.Time ?? TimeProvider.System);
        await workspace.WarmDuplicatesAsync(cancellationToken);
        return workspace;
    }

    /// <summary>Rebuilds the near-duplicate index from the last 48 hours of stories.</summary>
    private async Task WarmDuplicatesAsync(CancellationToken cancellationToken)
    {
        var since = Time.GetUtcNow().AddHours(-48);
        var recent = await Store.ListAsync(new StoryQuery { States = [StoryState.Published, StoryState.Held], Limit = 5000 }, cancellationToken);
        foreach (var story in recent.Where(s => (s.PublishedAt ?? s.ReceivedAt) >= since).Reverse())
            Duplicates.Add(story.Id, story.ClusterId ?? story.Id, story.Current, story.PublishedAt ?? story.ReceivedAt);
    }

    public async ValueTask DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }
}
