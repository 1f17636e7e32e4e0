using System.Net;
using WireDesk.Core.Lifecycle;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class ArticlePageTests
{
    internal const string AniCopy = """
        Solar park on reservoir starts supplying power to the grid

        Bhubaneswar (Odisha) [India], January 9 (ANI): The first 60 megawatts of a floating solar park on the reservoir were connected to the state grid on Friday, officials said.
        "This is the largest floating plant in the east of the country," the energy secretary told reporters, adding that the second phase would follow in March.
        The project, built at a cost of Rs 480 crore, is expected to power about 90,000 homes & small businesses <when complete>.
        """;

    [Fact]
    public async Task The_article_page_shows_the_agency_body_verbatim_with_attribution_disclaimer_and_app_link()
    {
        await using var site = await TestSite.StartAsync();
        var report = await site.IngestAsync(AniCopy);
        var item = Assert.Single(report.Items);
        Assert.Equal(Outcome.Published, item.Outcome);

        var response = await site.Http.GetAsync(item.Story!.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageText.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Solar park on reservoir starts supplying power to the grid", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(item.Story.Current.Body.Paragraphs, PageText.BodyParagraphs(page));
        Assert.StartsWith("Bhubaneswar (Odisha) [India], January 9 (ANI): The first 60", PageText.BodyParagraphs(page)[0]);
        Assert.Contains("& small businesses <when complete>.", PageText.BodyParagraphs(page)[2]);

        var byline = page.QuerySelector(".byline")!.TextContent;
        Assert.Matches(@"^By ANI \| Updated: [A-Z][a-z]+ \d{1,2}, \d{4} \d{2}:\d{2} IST$", byline);
        var updated = page.QuerySelector(".byline time")!.GetAttribute("datetime")!;
        Assert.Equal(item.Story.ModifiedAt, DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("+05:30", updated);

        Assert.Equal("Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor",
            page.QuerySelector(".disclaimer")!.TextContent);
        var appLink = page.QuerySelector(".app-link a")!;
        Assert.Equal("Open in app", appLink.TextContent);
        Assert.Contains(Uri.EscapeDataString(item.Story.Path), appLink.GetAttribute("href"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_home_page_lists_the_story_with_a_teaser_cut_at_a_word_boundary()
    {
        await using var site = await TestSite.StartAsync();
        var item = Assert.Single((await site.IngestAsync(AniCopy)).Items);
        var page = PageText.Parse(await site.Http.GetStringAsync("/"));
        var teaser = page.QuerySelector(".teaser")!;
        Assert.Equal(item.Story!.Path, teaser.QuerySelector("a")!.GetAttribute("href"));
        var text = teaser.QuerySelector(".summary")!.TextContent;
        Assert.EndsWith(" ...", text);
        Assert.StartsWith(text[..^4], item.Story.Current.Body.Paragraphs[0]);
        Assert.Contains("ANI", teaser.QuerySelector(".agency")!.TextContent);
    }

    [Fact]
    public async Task Ingesting_the_same_copy_again_is_a_duplicate_and_changes_nothing()
    {
        await using var site = await TestSite.StartAsync();
        var first = Assert.Single((await site.IngestAsync(AniCopy)).Items);
        var before = await site.Http.GetStringAsync(first.Story!.Path);
        var again = Assert.Single((await site.IngestAsync(AniCopy)).Items);
        Assert.Equal(Outcome.Retransmission, again.Outcome);
        Assert.Equal(first.Story.Id, again.Story!.Id);
        Assert.Equal(before, await site.Http.GetStringAsync(first.Story.Path));
        Assert.Single(await site.Workspace.Store.GetVersionsAsync(first.Story.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_wrong_slug_redirects_to_the_stable_url_and_an_unknown_id_is_404_noindex()
    {
        await using var site = await TestSite.StartAsync();
        var item = Assert.Single((await site.IngestAsync(AniCopy)).Items);
        var redirect = await site.Http.GetAsync($"/old-slug-{item.Story!.Id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(item.Story.Path, redirect.Headers.Location!.OriginalString);

        var missing = await site.Http.GetAsync("/no-such-story-999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("noindex", missing.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Fact]
    public async Task The_reference_page_is_published_verbatim()
    {
        var path = Requires.Corpus("seed", "ani-venezuela-page.txt");
        await using var site = await TestSite.StartAsync();
        var item = Assert.Single((await site.IngestAsync(await File.ReadAllBytesAsync(path), name: path)).Items);
        Assert.Equal(Outcome.Published, item.Outcome);

        var page = PageText.Parse(await site.Http.GetStringAsync(item.Story!.Path));
        var lines = await File.ReadAllLinesAsync(path);
        var bodyStart = Array.FindIndex(lines, l => l.StartsWith("Washington DC [US], January 9 : US President Donald Trump announced on Friday that he has cancelled a previously expected", StringComparison.Ordinal));
        var bodyEnd = Array.FindIndex(lines, l => l.StartsWith("Disclaimer:", StringComparison.Ordinal));
        var agencyBody = lines[bodyStart..bodyEnd].Where(l => l.Length > 0).ToList();
        Assert.Equal(agencyBody, PageText.BodyParagraphs(page));
        Assert.Equal(lines[0], page.QuerySelector("h1")!.TextContent);
        Assert.Equal("By ANI | Updated: January 9, 2026 15:55 IST", page.QuerySelector(".byline")!.TextContent);
        Assert.NotNull(page.QuerySelector(".disclaimer"));
        Assert.Equal("Open in app", page.QuerySelector(".app-link a")!.TextContent);
    }
}
