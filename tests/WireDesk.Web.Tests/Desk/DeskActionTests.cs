using System.Net;
using WireDesk.Core.Accounts;
using WireDesk.Core.Desk;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

public class DeskActionTests
{
    private static readonly string[] Lead = ["Mumbai, Jan 9 (ANI) Two people were hurt when a crane fell at the port on Friday, officials said.", "Work at the berth was stopped."];

    [Fact]
    public async Task An_overridden_headline_shows_on_the_public_page_and_is_audited_with_user_version_before_and_after()
    {
        await using var site = await TestSite.StartAsync();
        var (_, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:crane", "Crane falls at port", Lead));
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        site.Clock.Advance(TimeSpan.FromMinutes(3));

        var response = await editor.PostAsync($"/desk/story/{story.Id}/headline", $"/desk/story/{story.Id}",
            ("headline", "  Two hurt as crane  falls at Mumbai port "), ("back", $"/desk/story/{story.Id}"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/desk/story/{story.Id}", response.Headers.Location!.OriginalString);
        var article = PageText.Parse(await site.Http.GetStringAsync(story.Path));
        Assert.Equal("Two hurt as crane falls at Mumbai port", article.QuerySelector("h1")!.TextContent);
        Assert.Equal(Lead, PageText.BodyParagraphs(article));
        Assert.Equal("Disclaimer: " + SourcePolicy.EditedDisclaimer, article.QuerySelector(".disclaimer")!.TextContent);
        Assert.Contains("Two hurt as crane falls at Mumbai port", (await site.Http.GetStringAsync("/")));

        var entry = (await site.Workspace.Store.GetAuditAsync(story.Id, CancellationToken.None)).Last();
        Assert.Equal(("headline overridden", "editor:eddie", story.CurrentVersionId), (entry.Action, entry.Actor, entry.VersionId));
        Assert.Equal(site.Clock.GetUtcNow(), entry.At);
        var detail = AuditDetail.Parse(entry.Detail);
        Assert.Equal("headline \"Two hurt as crane falls at Mumbai port\"", detail.Note);
        Assert.Equal("state published, headline \"Crane falls at port\"", detail.Before);
        Assert.Equal("state published, headline \"Two hurt as crane falls at Mumbai port\"", detail.After);

        var desk = await editor.PageAsync($"/desk/story/{story.Id}");
        Assert.Contains("Crane falls at port", desk.QuerySelector(".agencyhl")!.TextContent);
        var auditPage = await editor.PageAsync("/desk/audit");
        var row = auditPage.QuerySelector("table.audit tbody tr")!;
        Assert.Contains("editor:eddie", row.TextContent);
        Assert.Contains($"#{story.CurrentVersionId} v1", row.QuerySelector("td.num")!.TextContent);
        Assert.Contains("before state published, headline \"Crane falls at port\"", row.TextContent);
    }

    [Fact]
    public async Task Killing_from_the_desk_gives_410_at_once_and_takes_the_story_off_the_listings_and_the_queue()
    {
        await using var site = await TestSite.StartAsync();
        var (_, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:kill", "Crane falls at port", Lead));
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);

        var killed = await editor.PostAsync($"/desk/story/{story.Id}/kill", $"/desk/story/{story.Id}", ("reason", "agency kill advisory"));

        Assert.Equal(HttpStatusCode.SeeOther, killed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await site.Http.GetAsync(story.Path)).StatusCode);
        Assert.DoesNotContain(story.Path, await site.Http.GetStringAsync("/"));
        Assert.Null((await editor.PageAsync("/desk")).QuerySelector($"#s{story.Id}"));
        var desk = await editor.PageAsync($"/desk/story/{story.Id}");
        Assert.Equal("410 gone", desk.QuerySelector(".readers .pill")!.TextContent);
        Assert.Null(desk.QuerySelector("form[action$='/headline']"));

        var again = await editor.PostAsync($"/desk/story/{story.Id}/kill", "/desk", ("reason", "twice"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var noReason = await editor.PostAsync($"/desk/story/{(await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:kill2", "Other", Lead))).Story.Id}/kill", "/desk", ("reason", " "));
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
    }

    [Fact]
    public async Task Reviewing_takes_a_story_out_of_the_queue_and_withhold_then_restore_goes_404_then_200()
    {
        await using var site = await TestSite.StartAsync();
        var (_, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:review", "Crane falls at port", Lead));
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        var queue = await editor.PageAsync("/desk");
        Assert.Equal("Live", queue.QuerySelector($"#s{story.Id} .pill")!.TextContent);
        Assert.Equal("Auto-published", queue.QuerySelectorAll($"#s{story.Id} .pill")[1].TextContent);

        Assert.Equal(HttpStatusCode.SeeOther, (await editor.PostAsync($"/desk/story/{story.Id}/review", "/desk", ("back", "/desk"))).StatusCode);
        Assert.Null((await editor.PageAsync("/desk")).QuerySelector($"#s{story.Id}"));

        Assert.Equal(HttpStatusCode.SeeOther, (await editor.PostAsync($"/desk/story/{story.Id}/withhold", "/desk", ("reason", "legal check"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(story.Path)).StatusCode);
        var held = (await editor.PageAsync("/desk")).QuerySelector($"#held #s{story.Id}")!;
        Assert.Equal("editor eddie: legal check", held.QuerySelector(".reason")!.TextContent);

        Assert.Equal(HttpStatusCode.SeeOther, (await editor.PostAsync($"/desk/story/{story.Id}/restore", "/desk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(story.Path)).StatusCode);
        var actions = (await site.Workspace.DeskLog.ListAuditAsync(new AuditQuery { ActorPrefix = "editor:" }, CancellationToken.None)).Select(a => a.Entry.Action);
        Assert.Equal(["restored", "withheld", "reviewed"], actions);
    }

    [Fact]
    public async Task A_story_held_by_policy_is_listed_with_its_reason_and_released_from_the_queue()
    {
        var sources = new Ingest.Sources.SourcesDocument
        {
            Sources = [new Ingest.Sources.SourceDefinition { Name = "pti", Agency = "PTI", Policy = new Ingest.Sources.PolicyDefinition { DefaultAction = "hold" } }],
        };
        await using var site = await TestSite.StartAsync(sources);
        var (outcome, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:held", "Budget leak", Lead, source: "pti"));
        Assert.Equal(Core.Lifecycle.Outcome.Held, outcome);
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);

        var row = (await editor.PageAsync("/desk")).QuerySelector($"#held #s{story.Id}")!;
        Assert.Equal("held by policy:default", row.QuerySelector(".reason")!.TextContent);
        Assert.Equal("Not public: held", (await editor.PageAsync($"/desk/story/{story.Id}")).QuerySelector(".readers .pill")!.TextContent);

        Assert.Equal(HttpStatusCode.SeeOther, (await editor.PostAsync($"/desk/story/{story.Id}/release", "/desk", ("back", "/desk"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(story.Path)).StatusCode);
        Assert.NotNull((await editor.PageAsync("/desk")).QuerySelector($"#unreviewed #s{story.Id}"));
    }

    [Fact]
    public async Task The_queue_filters_by_source_section_and_urgency()
    {
        await using var site = await TestSite.StartAsync();
        var (_, flash) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:f1", "Flash from ANI", Lead, urgency: 1));
        var (_, routine) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:f2", "Routine from PTI", Lead, source: "pti", urgency: 5));
        using var viewer = await DeskSession.SignInAsync(site, "vera", DeskRole.Viewer);

        static IEnumerable<string> Ids(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#unreviewed tr.row").Select(r => r.Id!);

        Assert.Equal([$"s{routine.Id}", $"s{flash.Id}"], Ids(await viewer.PageAsync("/desk")));
        Assert.Equal([$"s{routine.Id}"], Ids(await viewer.PageAsync("/desk?source=pti")));
        Assert.Equal([$"s{flash.Id}"], Ids(await viewer.PageAsync("/desk?urgency=2")));
        Assert.Empty(Ids(await viewer.PageAsync("/desk?section=Sports")));
        Assert.Equal($"s{flash.Id}", (await viewer.PageAsync("/desk?urgency=2")).QuerySelector("tr.urgent")!.Id);
    }

    [Fact]
    public async Task Two_agency_versions_are_compared_side_by_side_with_the_changed_words_marked()
    {
        await using var site = await TestSite.StartAsync();
        await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:v", "Crane falls at port", Lead));
        var (outcome, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:v", "Crane falls at Mumbai port",
            ["Mumbai, Jan 9 (ANI) Three people were hurt when a crane fell at the port on Friday, officials said.", "Work at the berth was stopped.", "An inquiry was ordered."], version: 2));
        Assert.Equal(Core.Lifecycle.Outcome.Updated, outcome);
        using var viewer = await DeskSession.SignInAsync(site, "vera", DeskRole.Viewer);

        var versions = await site.Workspace.Store.GetVersionsAsync(story.Id, CancellationToken.None);
        var page = await viewer.PageAsync($"/desk/story/{story.Id}/compare?a={versions[0].Id}&b={versions[1].Id}");

        var rows = page.QuerySelectorAll("table.diff tbody tr");
        Assert.Equal(["changed headline", "changed", "same", "added"], rows.Select(r => r.ClassName));
        Assert.Equal("Two ", rows[1].QuerySelector("td:first-child del")!.TextContent);
        Assert.Equal("Three ", rows[1].QuerySelector("td:last-child ins")!.TextContent);
        Assert.Equal("An inquiry was ordered.", rows[3].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(2, (await viewer.PageAsync($"/desk/story/{story.Id}")).QuerySelectorAll("section[aria-labelledby=versions-h] tbody tr").Length);
    }
}
