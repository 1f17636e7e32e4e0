using Microsoft.AspNetCore.Builder;
using WireDesk.Composition;
using WireDesk.Core.Accounts;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;
using WireDesk.Web.Desk.Accounts;

namespace WireDesk.EndToEnd.Tests.Desk;

/// <summary>The whole server as `wiredesk serve` builds it, on real Kestrel at a free loopback port, with a fresh SQLite file and the real clock.</summary>
public sealed class DeskServer : IAsyncDisposable
{
    private DeskServer(string data, Workspace workspace, WebApplication app)
    {
        DataDirectory = data;
        Workspace = workspace;
        App = app;
        BaseUrl = app.Urls.First().TrimEnd('/');
    }

    public string DataDirectory { get; }
    public Workspace Workspace { get; }
    public WebApplication App { get; }
    public string BaseUrl { get; }

    public static async Task<DeskServer> StartAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "wiredesk-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var workspace = await Workspace.OpenAsync(new WorkspaceOptions(data), CancellationToken.None);
        var app = WireDeskServer.Build(workspace, "http://127.0.0.1:0");
        await app.StartAsync();
        return new DeskServer(data, workspace, app);
    }

    public async Task AddUserAsync(string name, DeskRole role, string password)
    {
        var (user, error) = await new DeskAccounts(Workspace.Users, Workspace.DeskLog, Workspace.Time)
            .CreateAsync(name, role, password, "test", CancellationToken.None);
        Assert.True(user is not null, error);
    }

    public Task<IngestReport> IngestAsync(string text, string source) =>
        Workspace.Pipeline.IngestAsync(new SourceDocument(System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", "push.txt"),
            source, "push", CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Workspace.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
