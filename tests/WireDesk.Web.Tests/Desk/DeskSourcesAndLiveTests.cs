using System.Net;
using WireDesk.Core.Accounts;
using WireDesk.Core.Lifecycle;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

public class DeskSourcesAndLiveTests
{
    private static readonly string[] Lead = ["Mumbai, Jan 9 (PTI) The port reopened on Friday.", "Ships queued overnight."];

    private static SourcesDocument TwoSources() => new()
    {
        Sources =
        [
            new SourceDefinition { Name = "ani", Agency = "ANI", Transport = "push" },
            new SourceDefinition { Name = "pti", Agency = "PTI", Transport = "drop", Policy = new PolicyDefinition { DefaultSection = "India" } },
        ],
    };

    [Fact]
    public async Task The_sources_page_shows_receipts_from_the_deliveries_table_and_pausing_writes_the_sources_file()
    {
        await using var site = await TestSite.StartAsync(TwoSources());
        await site.IngestAsync(ArticlePageTests.AniCopy);
        using var admin = await DeskSession.SignInAsync(site, "ada", DeskRole.Admin);

        var page = await admin.PageAsync("/desk/sources");
        var ani = page.QuerySelector("#src-ani")!;
        Assert.Contains("1 / 1", ani.TextContent);
        Assert.Contains("receiving", ani.TextContent);
        Assert.Contains("quiet", page.QuerySelector("#src-pti")!.TextContent);

        Assert.Equal(HttpStatusCode.SeeOther, (await admin.PostAsync("/desk/sources/pti/pause", "/desk/sources")).StatusCode);

        var file = await SourcesFile.ReadAsync(Path.Combine(site.DataDirectory, "sources.json"), CancellationToken.None);
        Assert.True(file.Sources.Single(s => s.Name == "pti").Paused);
        Assert.False(file.Sources.Single(s => s.Name == "ani").Paused);
        Assert.True(site.Workspace.Sources.Find("pti")!.Paused);
        Assert.Contains("paused", (await admin.PageAsync("/desk/sources")).QuerySelector("#src-pti")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, (await admin.PostAsync("/desk/sources/pti/resume", "/desk/sources")).StatusCode);
        Assert.False(site.Workspace.Sources.Find("pti")!.Paused);
        var changes = (await site.Workspace.DeskLog.ListDeskChangesAsync(10, CancellationToken.None)).Where(c => c.Subject == "pti").ToList();
        Assert.Equal(["source resumed", "source paused"], changes.Select(c => c.Action));
        Assert.All(changes, c => Assert.Equal(("editor:ada", "pti"), (c.Actor, c.Subject)));
    }

    [Fact]
    public async Task An_edited_policy_and_disclaimer_decide_the_next_story_and_a_broken_policy_is_refused_unwritten()
    {
        await using var site = await TestSite.StartAsync(TwoSources());
        using var admin = await DeskSession.SignInAsync(site, "ada", DeskRole.Admin);
        var path = Path.Combine(site.DataDirectory, "sources.json");
        var before = await File.ReadAllTextAsync(path);

        var broken = await admin.PostAsync("/desk/sources/pti/policy", "/desk/sources/pti",
            ("policy", "{\"defaultAction\": \"publish-maybe\"}"), ("disclaimer", ""));
        var notJson = await admin.PostAsync("/desk/sources/pti/policy", "/desk/sources/pti", ("policy", "{ nope"), ("disclaimer", ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("publish-maybe", PageText.Parse(await broken.Content.ReadAsStringAsync()).QuerySelector(".error")!.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notJson.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(path));

        var saved = await admin.PostAsync("/desk/sources/pti/policy", "/desk/sources/pti",
            ("policy", "{\"defaultAction\": \"publish\", \"defaultSection\": \"Business\", \"rules\": [{\"name\": \"strikes\", \"action\": \"hold\", \"keywords\": [\"strike\"]}]}"),
            ("disclaimer", "Agency copy, published as received."));
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        var (heldOutcome, _) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:strike", "Dock strike called", Lead, source: "pti"));
        var (publishedOutcome, published) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:port", "Port reopens", Lead, source: "pti"));
        Assert.Equal(Outcome.Held, heldOutcome);
        Assert.Equal(Outcome.Published, publishedOutcome);
        Assert.Equal("Business", published.Section);
        var article = PageText.Parse(await site.Http.GetStringAsync(published.Path));
        Assert.Equal("Disclaimer: Agency copy, published as received.", article.QuerySelector(".disclaimer")!.TextContent);
        Assert.Equal("hold", (await SourcesFile.ReadAsync(path, CancellationToken.None)).Sources.Single(s => s.Name == "pti").Policy.Rules.Single().Action);
        var change = (await site.Workspace.DeskLog.ListDeskChangesAsync(1, CancellationToken.None)).Single();
        Assert.Equal("policy edited", change.Action);
        Assert.Contains("strikes", change.Detail);
    }

    [Fact]
    public async Task A_story_published_after_the_queue_was_loaded_arrives_on_the_desk_event_stream_and_its_row_can_be_fetched()
    {
        await using var site = await TestSite.StartAsync();
        using var viewer = await DeskSession.SignInAsync(site, "vera", DeskRole.Viewer);
        var queue = await viewer.PageAsync("/desk");
        var sequence = queue.Body!.GetAttribute("data-events");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await viewer.Http.GetAsync($"/desk/api/events?after={sequence}", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));

        var (_, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:live", "Port reopens", Lead));

        string? data = null;
        while (data is null && await reader.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        Assert.Equal($"{{\"kind\":\"published\",\"id\":{story.Id}}}", data);

        var row = await viewer.Http.GetAsync($"/desk/api/rows/{story.Id}");
        Assert.Equal("unreviewed", row.Headers.GetValues("X-Desk-Table").Single());
        var html = await row.Content.ReadAsStringAsync();
        Assert.StartsWith($"<tr id=\"s{story.Id}\"", html);
        Assert.Contains("Port reopens", html);
        Assert.Equal(HttpStatusCode.NoContent, (await viewer.Http.GetAsync($"/desk/api/rows/{story.Id}?source=pti")).StatusCode);
    }
}
