using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class SeoTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task The_article_carries_news_article_json_ld_with_every_property_search_engines_read()
    {
        await using var site = await TestSite.StartAsync(siteJson: """{ "Site": { "BaseUrl": "https://news.example.com", "LogoUrl": "/logo.png" } }""");
        var story = await site.Stories.PublishAsync("Floating solar park starts supplying power", agency: "ANI", place: "Bhubaneswar", section: "India");

        var page = PageText.Parse(await site.Http.GetStringAsync(story.Path));
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("Floating solar park starts supplying power", ld.GetProperty("headline").GetString());
        var canonical = $"https://news.example.com{story.Path}";
        Assert.Equal(canonical, ld.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(story.PublishedAt, DateTimeOffset.Parse(ld.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("+05:30", ld.GetProperty("dateModified").GetString());
        var author = Assert.Single(ld.GetProperty("author").EnumerateArray());
        Assert.Equal("Organization", author.GetProperty("@type").GetString());
        Assert.Equal("ANI", author.GetProperty("name").GetString());
        Assert.Equal("Bhubaneswar [India], January 9 (ANI)", ld.GetProperty("dateline").GetString());
        Assert.Equal("WireDesk News", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://news.example.com/logo.png", ld.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("India", ld.GetProperty("articleSection").GetString());

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(story.DisplayHeadline, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[property='article:modified_time']"));
    }

    [Fact]
    public async Task A_named_reporter_is_the_author_as_a_person_and_the_agency_the_source_organization()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Reporter's story", agency: "Reuters", byline: "By Nora Lindqvist");
        var page = PageText.Parse(await site.Http.GetStringAsync(story.Path));
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var author = Assert.Single(ld.GetProperty("author").EnumerateArray());
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Nora Lindqvist", author.GetProperty("name").GetString());
        Assert.Equal("Reuters", ld.GetProperty("sourceOrganization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_source_marked_noindex_gets_robots_noindex_and_stays_out_of_the_sitemaps()
    {
        var sources = new SourcesDocument { Sources = [new SourceDefinition { Name = "partner", Policy = new PolicyDefinition { NoIndex = true } }] };
        await using var site = await TestSite.StartAsync(sources);
        var hidden = await site.Stories.PublishAsync("Partner copy", source: "partner");
        var shown = await site.Stories.PublishAsync("Own copy", source: "ani");

        var response = await site.Http.GetAsync(hidden.Path);
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("noindex", PageText.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.False((await site.Http.GetAsync(shown.Path)).Headers.Contains("X-Robots-Tag"));

        var news = await LocsAsync(site, "/sitemap-news.xml");
        Assert.Contains(news, l => l.EndsWith(shown.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(news, l => l.EndsWith(hidden.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_news_sitemap_holds_the_last_48_hours_at_most_1000_a_file_and_drops_a_killed_story_at_once()
    {
        await using var site = await TestSite.StartAsync();
        var now = site.Clock.GetUtcNow();
        var old = await site.Stories.PublishAsync("Three days old", publishedAt: now.AddHours(-72));
        var edge = await site.Stories.PublishAsync("Just outside the window", publishedAt: now.AddHours(-48).AddSeconds(-1));
        var recent = new List<string>();
        for (var i = 0; i < 1203; i++)
            recent.Add((await site.Stories.PublishAsync($"Recent {i}", publishedAt: now.AddHours(-47).AddSeconds(i * 10))).Path);

        var index = XDocument.Parse(await site.Http.GetStringAsync("/sitemap.xml"));
        var files = index.Descendants(Sm + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(["/sitemap-news.xml", "/sitemap-news-2.xml", $"/sitemap-archive-{now.AddHours(-72):yyyy-MM}.xml"], files.Take(3));

        var first = XDocument.Parse(await site.Http.GetStringAsync("/sitemap-news.xml"));
        var second = XDocument.Parse(await site.Http.GetStringAsync("/sitemap-news-2.xml"));
        Assert.Equal(1000, first.Descendants(Sm + "url").Count());
        Assert.Equal(203, second.Descendants(Sm + "url").Count());
        var all = first.Descendants(Sm + "loc").Concat(second.Descendants(Sm + "loc")).Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(recent.AsEnumerable().Reverse(), all);
        Assert.DoesNotContain(old.Path, all);
        Assert.DoesNotContain(edge.Path, all);
        var entry = first.Descendants(Sm + "url").First();
        Assert.Equal("WireDesk News", entry.Descendants(News + "name").Single().Value);
        Assert.Equal("en", entry.Descendants(News + "language").Single().Value);
        Assert.Equal("Recent 1202", entry.Descendants(News + "title").Single().Value);
        Assert.NotNull(entry.Descendants(News + "publication_date").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("/sitemap-news-3.xml")).StatusCode);

        var victim = await site.Workspace.Store.GetAsync(long.Parse(recent[^1].Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.True((await site.Workspace.Editor.KillAsync(victim!.Id, "desk", "legal", CancellationToken.None)).Succeeded);
        Assert.DoesNotContain(await LocsAsync(site, "/sitemap-news.xml"), l => l.EndsWith(victim.Path, StringComparison.Ordinal));

        // The archive keeps what left the news window; the killed story is gone from it too.
        var archive = await LocsAsync(site, $"/sitemap-archive-{now.AddHours(-72):yyyy-MM}.xml");
        Assert.Contains(archive, l => l.EndsWith(old.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(archive, l => l.EndsWith(victim.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemaps_and_keeps_crawlers_out_of_the_api()
    {
        await using var site = await TestSite.StartAsync(siteJson: """{ "Site": { "BaseUrl": "https://news.example.com/" } }""");
        var robots = await site.Http.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: https://news.example.com/sitemap.xml\n", robots);
        Assert.Contains("Sitemap: https://news.example.com/sitemap-news.xml\n", robots);
        Assert.Contains("Disallow: /api/", robots);
    }

    private static async Task<List<string>> LocsAsync(TestSite site, string path) =>
        [.. XDocument.Parse(await site.Http.GetStringAsync(path)).Descendants(Sm + "loc").Select(l => l.Value)];
}
