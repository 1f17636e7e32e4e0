using System.Net;
using AngleSharp.Dom;
using WireDesk.Core.Publishing;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class PageTests
{
    [Fact]
    public async Task The_home_page_has_top_stories_and_a_block_for_each_configured_section_with_stories()
    {
        await using var site = await TestSite.StartAsync();
        var t = site.Clock.GetUtcNow();
        for (var i = 0; i < 8; i++) await site.Stories.PublishAsync($"World story {i}", section: "World", publishedAt: t.AddMinutes(-i));
        for (var i = 0; i < 3; i++) await site.Stories.PublishAsync($"Business story {i}", section: "Business", publishedAt: t.AddHours(-2).AddMinutes(-i));

        var page = PageText.Parse(await site.Http.GetStringAsync("/"));

        var top = page.QuerySelectorAll(".top h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(7, top.Count);
        Assert.Equal("World story 0", page.QuerySelector(".lead h3")!.TextContent);
        var blocks = page.QuerySelectorAll(".section-block").ToList();
        Assert.Equal(["World", "Business"], blocks.Select(b => b.QuerySelector("h2")!.TextContent));
        // A story already among the top stories is not repeated in its section's block.
        Assert.Equal(["World story 7"], blocks[0].QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(3, blocks[1].QuerySelectorAll("h3").Length - blocks[1].QuerySelectorAll("h3").Count(h => top.Contains(h.TextContent)));
        AssertAccessible(page);
    }

    [Fact]
    public async Task Section_agency_and_place_pages_list_their_stories_and_page_back_through_older_ones()
    {
        await using var site = await TestSite.StartAsync();
        var t = site.Clock.GetUtcNow();
        var delhi = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            var story = await site.Stories.PublishAsync($"Delhi story {i}", agency: i % 3 == 0 ? "PTI" : "ANI", place: "New Delhi", section: "India",
                publishedAt: t.AddMinutes(-i));
            delhi.Add(story.Path);
        }
        await site.Stories.PublishAsync("Mumbai story", place: "Mumbai", section: "Business", publishedAt: t.AddMinutes(-100));

        Assert.Equal(delhi, await WalkAsync(site, "/place/new%20delhi"));
        Assert.Equal(delhi, await WalkAsync(site, "/section/india"));
        Assert.Equal(delhi.Where((_, i) => i % 3 == 0), await WalkAsync(site, "/agency/pti"));

        var place = PageText.Parse(await site.Http.GetStringAsync("/place/new%20delhi"));
        Assert.Equal("New Delhi", place.QuerySelector("h1")!.TextContent);
        var agency = PageText.Parse(await site.Http.GetStringAsync("/agency/pti"));
        Assert.Equal("News from PTI", agency.QuerySelector("h1")!.TextContent);
        AssertAccessible(agency);
    }

    [Fact]
    public async Task An_unknown_place_agency_or_address_is_a_404_page_with_noindex()
    {
        await using var site = await TestSite.StartAsync();
        await site.Stories.PublishAsync("Only story", place: "Mumbai");
        foreach (var path in new[] { "/place/atlantis", "/agency/nobody", "/no/such/page", "/section/unknown" })
        {
            var response = await site.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = PageText.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        }
        // A configured section with nothing in it yet is a real, empty page.
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync("/section/sports")).StatusCode);
    }

    [Fact]
    public async Task The_article_shows_also_reported_by_for_its_cluster_and_more_stories_from_its_place()
    {
        await using var site = await TestSite.StartAsync();
        var t = site.Clock.GetUtcNow();
        var ani = await site.Stories.PublishAsync("Cyclone makes landfall near Puri", agency: "ANI", place: "Bhubaneswar", publishedAt: t.AddMinutes(-5));
        await site.Workspace.Store.SaveAsync(new Core.Ports.StoryChange(ani with { ClusterId = ani.Id }, null, []), CancellationToken.None);
        var pti = await site.Stories.PublishAsync("Cyclone hits Odisha coast", agency: "PTI", place: "Bhubaneswar", clusterId: ani.Id, publishedAt: t.AddMinutes(-4));
        var hidden = await site.Stories.PublishAsync("Cyclone: held copy", agency: "IANS", place: "Bhubaneswar", clusterId: ani.Id, state: StoryState.Held);
        var other = await site.Stories.PublishAsync("Bhubaneswar metro trial run", agency: "PTI", place: "Bhubaneswar", publishedAt: t.AddMinutes(-30));

        var page = PageText.Parse(await site.Http.GetStringAsync(ani.Path));

        var also = page.QuerySelectorAll(".also li a").ToList();
        Assert.Equal([pti.Path], also.Select(a => a.GetAttribute("href")));
        Assert.StartsWith("PTI", also[0].TextContent);
        var fromPlace = page.QuerySelectorAll(".related-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(other.Path, fromPlace);
        Assert.DoesNotContain(hidden.Path, fromPlace);
        Assert.DoesNotContain(ani.Path, fromPlace);
        AssertAccessible(page);
    }

    [Fact]
    public async Task The_page_language_comes_from_the_story_and_pictures_have_alt_text()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Berliner Straßenbahnen messen die Luft", agency: "dpa", place: "Berlin", language: "de",
            media: [new Core.Stories.MediaLink("https://img.example.org/tram.jpg") { Type = "image/jpeg", Title = "A tram with sensors on its roof" }]);

        var page = PageText.Parse(await site.Http.GetStringAsync(story.Path));

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("A tram with sensors on its roof", page.QuerySelector(".lead-image img")!.GetAttribute("alt"));
        AssertAccessible(page);
    }

    [Fact]
    public async Task A_killed_story_is_410_with_a_neutral_notice_and_a_withheld_one_is_404()
    {
        await using var site = await TestSite.StartAsync();
        var killed = await site.Stories.PublishAsync("Story to be killed");
        var withheld = await site.Stories.PublishAsync("Story to be withheld");
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(killed.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(withheld.Path)).StatusCode);

        Assert.True((await site.Workspace.Editor.KillAsync(killed.Id, "desk", "legal", CancellationToken.None)).Succeeded);
        Assert.True((await site.Workspace.Editor.WithholdAsync(withheld.Id, "desk", "check", CancellationToken.None)).Succeeded);

        var gone = await site.Http.GetAsync(killed.Path);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var page = PageText.Parse(await gone.Content.ReadAsStringAsync());
        Assert.Equal("This story has been removed", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Story to be killed", page.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(withheld.Path)).StatusCode);
        Assert.DoesNotContain("Story to be", await site.Http.GetStringAsync("/"));
    }

    private static async Task<List<string>> WalkAsync(TestSite site, string path)
    {
        var paths = new List<string>();
        for (string? next = path; next is not null;)
        {
            var page = PageText.Parse(await site.Http.GetStringAsync(next));
            paths.AddRange(page.QuerySelectorAll("main .story-list h2 a").Select(a => a.GetAttribute("href")!));
            next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            Assert.True(paths.Count < 1000);
        }
        return paths;
    }

    /// <summary>Landmarks, one h1, no skipped heading level, alt on every image, a language.</summary>
    internal static void AssertAccessible(IDocument page)
    {
        Assert.NotNull(page.QuerySelector("header.masthead"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("a.skip[href='#main']"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]}");
        Assert.All(page.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")));
    }
}
