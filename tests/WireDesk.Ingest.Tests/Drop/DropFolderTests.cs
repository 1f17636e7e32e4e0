using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Drop;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.Tests.Infrastructure;

namespace WireDesk.Ingest.Tests.Drop;

public sealed class DropFolderTests : IAsyncLifetime
{
    private TestWorkspace? test;
    private TestWorkspace Test => test!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        test = await TestWorkspace.CreateAsync(new SourceDefinition { Name = "ani", Transport = "drop", Agency = "ANI", Folder = "incoming/ani" });

    public async ValueTask DisposeAsync()
    {
        if (test is not null) await test.DisposeAsync();
    }

    private DropFolder Folder()
    {
        var definition = Test.Workspace.Sources.Find("ani")!;
        var folder = new DropFolder("ani", DropFile.FolderOf(definition, Test.DataDirectory), Test.Workspace.Pipeline, Test.Workspace.Inbox);
        folder.EnsureFolders();
        return folder;
    }

    private async Task<int> StoryCountAsync() => (await Test.Workspace.Store.ListAsync(new StoryQuery { Source = "ani" }, Ct)).Count;

    [Fact]
    public async Task The_folder_is_under_the_data_folder_and_a_file_there_at_start_up_is_published_and_moved_to_processed()
    {
        var folder = Folder();
        Assert.Equal(Path.Combine(Test.DataDirectory, "incoming", "ani"), folder.Path);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "story-1.txt"), Copy.Ani("Solar park opens"), Ct);

        var first = await folder.ScanAsync(Ct);
        var second = await folder.ScanAsync(Ct);

        Assert.Equal(0, first);
        Assert.Equal(1, second);
        Assert.False(File.Exists(Path.Combine(folder.Path, "story-1.txt")));
        Assert.True(File.Exists(Path.Combine(folder.ProcessedPath, "story-1.txt")));
        Assert.Equal(1, await StoryCountAsync());
    }

    [Fact]
    public async Task A_file_still_being_written_or_with_a_temporary_name_is_left_alone_until_complete()
    {
        var folder = Folder();
        var growing = Path.Combine(folder.Path, "growing.txt");
        var part = Path.Combine(folder.Path, "upload.txt.part");
        var text = Copy.Ani("Port terminal expands");
        await File.WriteAllTextAsync(growing, text[..20], Ct);
        await File.WriteAllTextAsync(part, Copy.Ani("Tram sensors installed"), Ct);

        await folder.ScanAsync(Ct);
        await File.AppendAllTextAsync(growing, text[20..], Ct);
        Assert.Equal(0, await folder.ScanAsync(Ct));
        Assert.Equal(0, await StoryCountAsync());

        Assert.Equal(1, await folder.ScanAsync(Ct));
        Assert.True(File.Exists(part));
        Assert.Equal(1, await StoryCountAsync());

        File.Move(part, Path.Combine(folder.Path, "upload.txt"));
        folder.MarkComplete(Path.Combine(folder.Path, "upload.txt"));
        Assert.Equal(1, await folder.ScanAsync(Ct));
        Assert.Equal(2, await StoryCountAsync());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_goes_to_failed_with_its_reason_and_is_quarantined()
    {
        var folder = Folder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "page.html"), "<html><body>not agency copy</body></html>", Ct);

        await folder.ScanAsync(Ct);
        await folder.ScanAsync(Ct);

        Assert.True(File.Exists(Path.Combine(folder.FailedPath, "page.html")));
        var reason = await File.ReadAllTextAsync(Path.Combine(folder.FailedPath, "page.html.reason"), Ct);
        Assert.Contains("<html>", reason);
        var failed = Assert.Single(await Test.Workspace.Inbox.ListFailedAsync(10, Ct));
        Assert.StartsWith("file:page.html:", failed.IdempotencyKey);
    }

    [Fact]
    public async Task A_restart_after_accepting_but_before_moving_publishes_the_file_once_and_moves_it()
    {
        var folder = Folder();
        var file = Path.Combine(folder.Path, "story-2.txt");
        await File.WriteAllTextAsync(file, Copy.Ani("Chess open draws record entries"), Ct);
        await folder.ScanAsync(Ct);
        // What a crash leaves behind: the delivery accepted and processed, the file not yet moved.
        var bytes = await File.ReadAllBytesAsync(file, Ct);
        var key = $"file:story-2.txt:{bytes.Length}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}";
        var before = await Test.Workspace.Pipeline.IngestAsync(new Formats.SourceDocument(bytes, null, "story-2.txt"), "ani", "drop", key, Ct);

        await Test.RestartAsync();
        var restarted = Folder();
        await restarted.ScanAsync(Ct);
        await restarted.ScanAsync(Ct);

        Assert.True(File.Exists(Path.Combine(restarted.ProcessedPath, "story-2.txt")));
        Assert.False(File.Exists(file));
        Assert.Equal(1, await StoryCountAsync());
        var story = (await Test.Workspace.Store.ListAsync(new StoryQuery { Source = "ani" }, Ct))[0];
        Assert.Single(await Test.Workspace.Store.GetVersionsAsync(story.Id, Ct));
        Assert.Null(await Test.Workspace.Inbox.GetEntryAsync(before.DeliveryId + 1, Ct));
    }

    [Fact]
    public async Task A_file_whose_delivery_a_crashed_process_still_holds_waits_for_the_lease_then_is_published_once()
    {
        var folder = Folder();
        var file = Path.Combine(folder.Path, "story-3.txt");
        await File.WriteAllTextAsync(file, Copy.Ani("Cyclone drill held"), Ct);
        var bytes = await File.ReadAllBytesAsync(file, Ct);
        var key = $"file:story-3.txt:{bytes.Length}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}";
        var raw = new Core.Stories.RawDelivery("ani", bytes, null, key.Split(':')[3], Test.Clock.GetUtcNow(), "drop", "story-3.txt");
        await Test.Workspace.Inbox.AcceptAsync(new InboxDelivery(raw, key),
            new InboxClaim("crashed-process", Test.Clock.GetUtcNow(), TimeSpan.FromSeconds(10)), Ct);

        await folder.ScanAsync(Ct);
        await folder.ScanAsync(Ct);
        Assert.True(File.Exists(file));
        Assert.Equal(0, await StoryCountAsync());

        Test.Clock.Advance(TimeSpan.FromSeconds(11));
        await folder.ScanAsync(Ct);
        await folder.ScanAsync(Ct);

        Assert.True(File.Exists(Path.Combine(folder.ProcessedPath, "story-3.txt")));
        Assert.Equal(1, await StoryCountAsync());
    }

    [Fact]
    public async Task The_watcher_takes_a_file_renamed_from_a_temporary_name_without_waiting_for_two_scans()
    {
        var options = new DropFolderOptions { DataDirectory = Test.DataDirectory, ScanInterval = TimeSpan.FromSeconds(30) };
        using var watcher = new DropFolderWatcher(Test.Workspace.Sources, Test.Workspace.Pipeline, Test.Workspace.Inbox, options,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DropFolderWatcher>.Instance);
        await watcher.StartAsync(Ct);
        for (var i = 0; i < 1500 && watcher.Folders.Count == 0; i++) await Task.Delay(20, Ct);
        var folder = watcher.Folders.Single();
        for (var i = 0; i < 1000 && !Directory.Exists(folder.ProcessedPath); i++) await Task.Delay(20, Ct);
        await Task.Delay(300, Ct);

        var temp = Path.Combine(folder.Path, ".story-4.txt");
        await File.WriteAllTextAsync(temp, Copy.Ani("Glacier data pact signed"), Ct);
        File.Move(temp, Path.Combine(folder.Path, "story-4.txt"));

        for (var i = 0; i < 1500 && !File.Exists(Path.Combine(folder.ProcessedPath, "story-4.txt")); i++) await Task.Delay(20, Ct);
        await watcher.StopAsync(Ct);
        Assert.True(File.Exists(Path.Combine(folder.ProcessedPath, "story-4.txt")));
        Assert.Equal(1, await StoryCountAsync());
    }
}
