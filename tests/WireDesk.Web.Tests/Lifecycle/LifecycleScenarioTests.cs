using System.Globalization;
using System.Net;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Publishing;
using WireDesk.Ingest.Pipeline;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Lifecycle;

/// <summary>
/// Every row of PRODUCT.md §5 through the public pages, in the formats that can carry it: agency copy in, then what
/// a reader gets at the story's URL and on the home page.
/// </summary>
public class LifecycleScenarioTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 9, 12, 0, 0, TimeSpan.Zero);
    private static readonly CopySpec First = new();

    public static TheoryData<string> AllFormats => [WireCopy.PlainText, WireCopy.NewsMlG2, WireCopy.Ninjs];
    public static TheoryData<string> VersionedFormats => [WireCopy.NewsMlG2, WireCopy.Ninjs];
    public static TheoryData<string> CorrectionFormats => [WireCopy.PlainText, WireCopy.NewsMlG2];

    private static async Task<ItemResult> Send(TestSite site, string format, CopySpec spec)
    {
        var report = await site.IngestAsync(WireCopy.Write(format, spec), source: "wire", name: $"{format}-{spec.Version}");
        Assert.Empty(report.Errors);
        return Assert.Single(report.Items);
    }

    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> Get(TestSite site, string path)
    {
        var response = await site.Http.GetAsync(path);
        return (response.StatusCode, PageText.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<IReadOnlyList<string>> HomeLinks(TestSite site) =>
        [.. PageText.Parse(await site.Http.GetStringAsync("/")).QuerySelectorAll(".teaser a").Select(a => a.GetAttribute("href")!)];

    private static DateTimeOffset TimeOf(AngleSharp.Dom.IDocument page, string selector) =>
        DateTimeOffset.Parse(page.QuerySelector(selector)!.GetAttribute("datetime")!, CultureInfo.InvariantCulture);

    [Theory, MemberData(nameof(AllFormats))]
    public async Task An_update_replaces_the_story_at_the_same_url_keeping_published_and_moving_updated(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var first = await Send(site, format, First);
        Assert.Equal(Outcome.Published, first.Outcome);
        var (_, before) = await Get(site, first.Story!.Path);

        site.Clock.Advance(TimeSpan.FromMinutes(30));
        var update = await Send(site, format, First.Next("The operator said the timetable would be back to normal by Monday.", TimeSpan.FromMinutes(30)));
        Assert.Equal(Outcome.Updated, update.Outcome);
        Assert.Equal(first.Story.Path, update.Story!.Path);

        var (status, after) = await Get(site, first.Story.Path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, PageText.BodyParagraphs(after).Count);
        Assert.Equal(TimeOf(before, ".published"), TimeOf(after, ".published"));
        Assert.True(TimeOf(after, ".byline time") > TimeOf(before, ".byline time"));
        Assert.Equal([first.Story.Path], await HomeLinks(site));
    }

    [Theory, MemberData(nameof(VersionedFormats))]
    public async Task An_older_version_arriving_after_a_newer_one_is_stored_but_not_shown(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var v2 = First.Next("Second version paragraph.", TimeSpan.FromMinutes(10));
        var newer = await Send(site, format, v2);
        var older = await Send(site, format, First);
        Assert.Equal(Outcome.StoredOnly, older.Outcome);
        var (_, page) = await Get(site, newer.Story!.Path);
        Assert.Equal(v2.Paragraphs, PageText.BodyParagraphs(page));
        Assert.Equal(2, (await site.Workspace.Store.GetVersionsAsync(newer.Story.Id, CancellationToken.None)).Count);
    }

    [Theory, MemberData(nameof(AllFormats))]
    public async Task A_retransmission_is_a_counted_no_op(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var first = await Send(site, format, First);
        var again = await Send(site, format, First);
        Assert.Equal(Outcome.Retransmission, again.Outcome);
        Assert.Single(await site.Workspace.Store.GetVersionsAsync(first.Story!.Id, CancellationToken.None));
    }

    [Theory, MemberData(nameof(CorrectionFormats))]
    public async Task A_correction_updates_the_story_and_shows_a_correction_line(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var first = await Send(site, format, First);
        var corrected = First.Next("Corrects number of passengers in second paragraph.", TimeSpan.FromMinutes(5)) with
        {
            Correction = true,
            CorrectionNote = "Corrects number of passengers.",
        };
        var result = await Send(site, format, corrected);
        Assert.Equal(Outcome.Updated, result.Outcome);
        var (_, page) = await Get(site, first.Story!.Path);
        Assert.NotNull(page.QuerySelector(".correction"));
        Assert.Equal(First.Headline, page.QuerySelector("h1")!.TextContent);
    }

    [Theory, MemberData(nameof(VersionedFormats))]
    public async Task A_withheld_story_is_404_noindex_until_a_usable_version_brings_it_back_at_the_same_url(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var first = await Send(site, format, First);
        var withheld = await Send(site, format, First.Next("Withheld.", TimeSpan.FromMinutes(5)) with { Status = "withheld" });
        Assert.Equal(Outcome.Withheld, withheld.Outcome);
        var response = await site.Http.GetAsync(first.Story!.Path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Empty(await HomeLinks(site));

        var back = await Send(site, format, First.Next("Cleared for use again.", TimeSpan.FromMinutes(10)) with { Version = 3 });
        Assert.Equal(Outcome.Updated, back.Outcome);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(first.Story.Path)).StatusCode);
        Assert.Equal([first.Story.Path], await HomeLinks(site));
    }

    [Theory, MemberData(nameof(AllFormats))]
    public async Task A_kill_gives_410_everywhere_and_a_later_copy_of_the_same_guid_stays_dead(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var first = await Send(site, format, First);
        var kill = await Send(site, format, First.Next("This story has been withdrawn.", TimeSpan.FromMinutes(5)) with { Status = "canceled" });
        Assert.Equal(Outcome.Killed, kill.Outcome);
        var (status, page) = await Get(site, first.Story!.Path);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("removed", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(await HomeLinks(site));

        var later = await Send(site, format, First.Next("Copy sent again after the kill.", TimeSpan.FromMinutes(20)) with { Version = 5 });
        Assert.Equal(Outcome.StoredOnly, later.Outcome);
        Assert.Equal(HttpStatusCode.Gone, (await site.Http.GetAsync(first.Story.Path)).StatusCode);
    }

    [Theory, MemberData(nameof(AllFormats))]
    public async Task An_embargoed_story_is_invisible_until_its_instant_then_published_without_a_request(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        using var listen = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = site.Workspace.Events.ListenAsync(0, listen.Token).GetAsyncEnumerator(listen.Token);

        var until = Now.AddHours(2);
        var result = await Send(site, format, First with { Embargoed = true, EmbargoUntil = until });
        Assert.Equal(Outcome.Embargoed, result.Outcome);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(result.Story!.Path)).StatusCode);
        Assert.Empty(await HomeLinks(site));

        site.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(result.Story.Path)).StatusCode);
        Assert.Equal([result.Story.Path], await HomeLinks(site));

        // The scheduler, running inside the server, announces the lift at the instant with no request needed.
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(Core.Events.StoryEventKind.Published, events.Current.Kind);
        Assert.Equal(result.Story.Id, events.Current.StoryId);
        await events.DisposeAsync();
    }

    [Theory, MemberData(nameof(AllFormats))]
    public async Task An_embargo_without_a_time_holds_the_story_until_an_editor_releases_it(string format)
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var result = await Send(site, format, First with { Embargoed = true, EmbargoUntil = null });
        Assert.Equal(Outcome.Held, result.Outcome);
        site.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(result.Story!.Path)).StatusCode);

        var released = await site.Workspace.Editor.ReleaseAsync(result.Story.Id, "desk", CancellationToken.None);
        Assert.True(released.Succeeded, released.Error);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(result.Story.Path)).StatusCode);
        Assert.Contains(await site.Workspace.Store.GetAuditAsync(result.Story.Id, CancellationToken.None),
            a => a.Action == "released" && a.Actor == "editor:desk");
    }

    [Fact]
    public async Task A_story_without_a_headline_is_held_with_its_reason()
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var result = await Send(site, WireCopy.NewsMlG2, First with { Headline = "" });
        Assert.Equal(Outcome.Held, result.Outcome);
        Assert.Equal("no headline", result.Story!.HoldReason);
        Assert.Equal(StoryState.Held, result.Story.State);
        Assert.Empty(await HomeLinks(site));
    }
}
