using Microsoft.Extensions.Time.Testing;
using WireDesk.Composition;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Tests.Infrastructure;

/// <summary>A real workspace (SQLite file, sources file, pipeline) in a temp folder, on a fake clock; reopenable as after a restart.</summary>
public sealed class TestWorkspace : IAsyncDisposable
{
    private TestWorkspace(string data, FakeTimeProvider clock)
    {
        DataDirectory = data;
        Clock = clock;
    }

    public string DataDirectory { get; }
    public FakeTimeProvider Clock { get; }
    public Workspace Workspace { get; private set; } = null!;

    public static async Task<TestWorkspace> CreateAsync(params SourceDefinition[] sources)
    {
        var data = Path.Combine(Path.GetTempPath(), "wiredesk-ingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await SourcesFile.WriteAsync(Path.Combine(data, "sources.json"), new SourcesDocument { Sources = sources }, CancellationToken.None);
        var test = new TestWorkspace(data, new FakeTimeProvider(new DateTimeOffset(2026, 1, 9, 12, 0, 0, TimeSpan.Zero)));
        await test.OpenAsync();
        return test;
    }

    /// <summary>Closes the workspace and opens it again on the same data folder, as a restarted process would.</summary>
    public async Task RestartAsync()
    {
        await Workspace.DisposeAsync();
        await OpenAsync();
    }

    private async Task OpenAsync() =>
        Workspace = await Workspace.OpenAsync(new WorkspaceOptions(DataDirectory) { Time = Clock }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Workspace.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
