using Microsoft.Extensions.Logging.Abstractions;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Drop;
using WireDesk.Ingest.Polling;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.Tests.Infrastructure;
using WireDesk.Ingest.Tests.Polling;

namespace WireDesk.Ingest.Tests.Sources;

/// <summary>A running server follows its sources file: sources added, paused or broken take effect without a restart.</summary>
public sealed class SourcesReloadTests : IAsyncLifetime
{
    // Background work on a loaded 2-core machine: wait generously, and assert that it happened.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestWorkspace? test;
    private TestWorkspace Test => test!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string SourcesPath => Path.Combine(Test.DataDirectory, "sources.json");

    private static readonly SourceDefinition Ani = new() { Name = "ani", Transport = "drop", Agency = "ANI", Folder = "incoming/ani" };
    private static readonly SourceDefinition Pti = new() { Name = "pti", Transport = "drop", Agency = "PTI", Folder = "incoming/pti" };

    public async ValueTask InitializeAsync() => test = await TestWorkspace.CreateAsync(Ani);

    public async ValueTask DisposeAsync()
    {
        if (test is not null) await test.DisposeAsync();
    }

    private SourcesFileWatcher FileWatcher() =>
        new(SourcesPath, Test.Workspace.Sources, TimeProvider.System, NullLogger<SourcesFileWatcher>.Instance) { CheckInterval = TimeSpan.FromMilliseconds(50) };

    private async Task WriteSourcesAsync(params SourceDefinition[] sources) =>
        await SourcesFile.WriteAsync(SourcesPath, new SourcesDocument { Sources = sources }, Ct);

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < until) await Task.Delay(20, Ct);
        return condition();
    }

    private static async Task DropAsync(string folder, string name, string copy)
    {
        var temp = Path.Combine(folder, "." + name);
        await File.WriteAllTextAsync(temp, copy, Ct);
        File.Move(temp, Path.Combine(folder, name));
    }

    private async Task<int> StoriesAsync(string source) => (await Test.Workspace.Store.ListAsync(new StoryQuery { Source = source }, Ct)).Count;

    [Fact]
    public async Task A_drop_source_added_to_the_file_is_watched_without_a_restart_and_stops_being_taken_once_paused()
    {
        using var files = FileWatcher();
        using var drops = new DropFolderWatcher(Test.Workspace.Sources, Test.Workspace.Pipeline, Test.Workspace.Inbox,
            new DropFolderOptions { DataDirectory = Test.DataDirectory, ScanInterval = TimeSpan.FromMilliseconds(100) },
            NullLogger<DropFolderWatcher>.Instance);
        await files.StartAsync(Ct);
        await drops.StartAsync(Ct);
        Assert.True(await EventuallyAsync(() => drops.Folders.Count > 0), "the configured drop source was never watched");
        Assert.Equal(["ani"], drops.Folders.Select(f => f.Source));

        await WriteSourcesAsync(Ani, Pti);
        Assert.True(await EventuallyAsync(() => drops.Folders.Any(f => f.Source == "pti")), "the new drop source was never watched");
        var pti = drops.Folders.Single(f => f.Source == "pti");
        Assert.Equal(Path.Combine(Test.DataDirectory, "incoming", "pti"), pti.Path);
        await DropAsync(pti.Path, "story-1.txt", Copy.Ani("Harbour bridge reopens after repairs"));
        Assert.True(await EventuallyAsync(() => File.Exists(Path.Combine(pti.ProcessedPath, "story-1.txt"))), "the file was never taken");
        Assert.Equal(1, await StoriesAsync("pti"));

        await WriteSourcesAsync(Ani, Pti with { Paused = true });
        Assert.True(await EventuallyAsync(() => drops.Folders.All(f => f.Source != "pti")), "the paused source was still watched");
        await DropAsync(pti.Path, "story-2.txt", Copy.Ani("Metro line extension approved"));
        // Ten scan intervals: a watched folder would have taken it by now.
        await Task.Delay(1000, Ct);
        Assert.True(File.Exists(Path.Combine(pti.Path, "story-2.txt")));
        Assert.Equal(1, await StoriesAsync("pti"));

        await drops.StopAsync(Ct);
        await files.StopAsync(Ct);
    }

    [Fact]
    public async Task A_sources_file_that_does_not_compile_is_refused_and_the_sources_in_use_stay()
    {
        var files = FileWatcher();
        await File.WriteAllTextAsync(SourcesPath, """{ "sources": [ { "name": "pti", "transport": "drop", "policy": { "defaultAction": "shout" } } ] }""", Ct);

        Assert.False(await files.ReloadAsync(Ct));
        Assert.Equal(["ani"], Test.Workspace.Sources.Definitions.Select(d => d.Name));

        await File.WriteAllTextAsync(SourcesPath, "{ not json", Ct);
        Assert.False(await files.ReloadAsync(Ct));
        Assert.Equal(["ani"], Test.Workspace.Sources.Definitions.Select(d => d.Name));

        await WriteSourcesAsync(Ani, Pti);
        Assert.True(await files.ReloadAsync(Ct));
        Assert.Equal(["ani", "pti"], Test.Workspace.Sources.Definitions.Select(d => d.Name));
    }

    [Fact]
    public async Task A_feed_source_added_to_the_file_is_polled_without_a_restart()
    {
        await using var server = await FeedServer.StartAsync();
        server.ThenBody("""{"uri":"urn:test:reload:1","version":"1","headline":"Reloaded feed story arrives","body_text":"Mumbai, Jan 9 (PTI) Reloaded feed story body.","language":"en"}""",
            "application/json");
        using var poller = new FeedPoller(Test.Workspace.Pipeline, Test.Workspace.SourceStatus, Test.Clock,
            new PollOptions { AttemptTimeout = TimeSpan.FromSeconds(10) });
        using var files = FileWatcher();
        using var polling = new PollingService(Test.Workspace.Sources, poller, Test.Clock, NullLogger<PollingService>.Instance);
        await files.StartAsync(Ct);
        await polling.StartAsync(Ct);
        await Task.Delay(200, Ct);
        Assert.Empty(server.Requests);

        await WriteSourcesAsync(Ani, new SourceDefinition
        {
            Name = "wire", Transport = "poll", Url = server.Url().ToString(), AllowPrivateNetwork = true, Agency = "PTI",
        });

        Assert.True(await EventuallyAsync(() => !server.Requests.IsEmpty), "the new feed was never fetched");
        var until = DateTime.UtcNow + Patience;
        while (await StoriesAsync("wire") == 0 && DateTime.UtcNow < until) await Task.Delay(50, Ct);
        Assert.Equal(1, await StoriesAsync("wire"));

        await polling.StopAsync(Ct);
        await files.StopAsync(Ct);
    }
}
