using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using WireDesk.Composition;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;
using WireDesk.Ingest.Sources;

namespace WireDesk.Web.Tests.Infrastructure;

/// <summary>
/// A real WireDesk: a fresh SQLite file in a temp folder, the real pipeline, and real Kestrel on 127.0.0.1 with an
/// injected clock so embargoes are tested without sleeping.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private TestSite(string data, Workspace workspace, WebApplication app, FakeTimeProvider clock)
    {
        DataDirectory = data;
        Workspace = workspace;
        App = app;
        Clock = clock;
        Stories = new StorySeeder(this);
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
    }

    public string DataDirectory { get; }
    public Workspace Workspace { get; }
    public WebApplication App { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Http { get; }
    public StorySeeder Stories { get; }

    public static async Task<TestSite> StartAsync(SourcesDocument? sources = null, DateTimeOffset? now = null, string? siteJson = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        // In memory where the machine has it: the volume tests write thousands of stories.
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var data = Path.Combine(root, "wiredesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        if (sources is not null) await SourcesFile.WriteAsync(Path.Combine(data, "sources.json"), sources, CancellationToken.None);
        if (siteJson is not null) await File.WriteAllTextAsync(Path.Combine(data, "site.json"), siteJson);
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 1, 9, 12, 0, 0, TimeSpan.Zero));
        var workspace = await Workspace.OpenAsync(new WorkspaceOptions(data) { Time = clock }, CancellationToken.None);
        var app = WireDeskServer.Build(workspace, "http://127.0.0.1:0", configure);
        await app.StartAsync();
        return new TestSite(data, workspace, app, clock);
    }

    public Task<IngestReport> IngestAsync(string text, string source = "ani", string name = "copy.txt", string? contentType = null) =>
        IngestAsync(System.Text.Encoding.UTF8.GetBytes(text), source, name, contentType);

    public Task<IngestReport> IngestAsync(byte[] bytes, string source = "ani", string name = "copy.txt", string? contentType = null) =>
        Workspace.Pipeline.IngestAsync(new SourceDocument(bytes, contentType, name), source, "test", CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Workspace.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
