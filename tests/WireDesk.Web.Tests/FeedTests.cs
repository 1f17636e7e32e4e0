using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class FeedTests
{
    private static readonly XNamespace Tombstones = "http://purl.org/atompub/tombstones/1.0";

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/section/world/feed.xml")]
    [InlineData("/agency/ani/atom.xml")]
    public async Task Each_feed_parses_back_and_keeps_its_item_ids_across_an_update(string path)
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Ferry order placed", agency: "ANI", section: "World");
        await site.Stories.PublishAsync("Other news", agency: "PTI", section: "India");

        var before = await LoadAsync(site, path);
        var item = Assert.Single(before.Items, i => i.Title.Text == "Ferry order placed");
        Assert.Equal(new Uri(site.Http.BaseAddress!, story.Path), item.Links.Single(l => l.RelationshipType is null or "alternate").Uri);

        site.Clock.Advance(TimeSpan.FromMinutes(30));
        var update = await site.Stories.UpdateAsync(story, "Ferry order placed, worth $190 million", "The deal is worth about $190 million.");
        Assert.Equal(Core.Lifecycle.Outcome.Updated, update.Outcome);

        var after = await LoadAsync(site, path);
        var updated = Assert.Single(after.Items, i => i.Id == item.Id);
        Assert.Equal("Ferry order placed, worth $190 million", updated.Title.Text);
        Assert.True(updated.LastUpdatedTime > item.LastUpdatedTime);
        Assert.Equal(item.PublishDate, updated.PublishDate);
        Assert.Equal(after.Items.Count(), before.Items.Count());
        Assert.True(after.LastUpdatedTime >= updated.LastUpdatedTime);
    }

    [Fact]
    public async Task Feeds_are_utf8_and_carry_the_full_text_or_the_summary_by_configuration()
    {
        await using var full = await TestSite.StartAsync();
        var story = await full.Stories.PublishAsync("नई दिल्ली में बैठक", language: "hi");
        var response = await full.Http.GetAsync("/atom.xml");
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes));
        var atom = Load(bytes);
        var entry = Assert.Single(atom.Items);
        Assert.Equal("नई दिल्ली में बैठक", entry.Title.Text);
        Assert.Contains("A second paragraph", ((TextSyndicationContent)entry.Content).Text);

        await using var summary = await TestSite.StartAsync(siteJson: """{ "Site": { "Feeds": { "FullText": false } } }""");
        await summary.Stories.PublishAsync("Summary only");
        var rss = Load(await summary.Http.GetByteArrayAsync("/feed.xml"));
        Assert.DoesNotContain("A second paragraph", Assert.Single(rss.Items).Summary.Text);
        var json = JsonDocument.Parse(await summary.Http.GetStringAsync("/feed.json")).RootElement;
        Assert.False(json.GetProperty("items")[0].TryGetProperty("content_html", out _));
        Assert.True(json.GetProperty("items")[0].TryGetProperty("content_text", out _));
    }

    [Fact]
    public async Task A_killed_story_leaves_every_feed_and_atom_keeps_an_rfc_6721_tombstone_for_it()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Story that will be killed", section: "World", agency: "ANI");
        var id = Assert.Single((await LoadAsync(site, "/atom.xml")).Items).Id;

        site.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await site.Workspace.Editor.KillAsync(story.Id, "desk", "legal", CancellationToken.None)).Succeeded);

        foreach (var path in new[] { "/feed.xml", "/atom.xml", "/section/world/atom.xml", "/agency/ani/feed.xml" })
            Assert.Empty((await LoadAsync(site, path)).Items);
        Assert.Equal(0, JsonDocument.Parse(await site.Http.GetStringAsync("/feed.json")).RootElement.GetProperty("items").GetArrayLength());

        foreach (var path in new[] { "/atom.xml", "/section/world/atom.xml", "/agency/ani/atom.xml" })
        {
            var atom = XDocument.Parse(await site.Http.GetStringAsync(path));
            var tombstone = Assert.Single(atom.Root!.Elements(Tombstones + "deleted-entry"));
            Assert.Equal(id, tombstone.Attribute("ref")!.Value);
            Assert.Equal(site.Clock.GetUtcNow(), XmlConvert.ToDateTimeOffset(tombstone.Attribute("when")!.Value));
        }
        var parsed = await LoadAsync(site, "/atom.xml");
        Assert.Contains(parsed.ElementExtensions, e => e.OuterName == "deleted-entry" && e.OuterNamespace == Tombstones.NamespaceName);
    }

    [Fact]
    public async Task The_json_feed_follows_version_1_1_with_stable_ids()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("JSON story", agency: "PTI", section: "Business");
        var json = JsonDocument.Parse(await site.Http.GetStringAsync("/feed.json")).RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.EndsWith("/feed.json", json.GetProperty("feed_url").GetString());
        var item = json.GetProperty("items")[0];
        Assert.Equal(new Uri(site.Http.BaseAddress!, story.Path).ToString(), item.GetProperty("id").GetString());
        Assert.Equal("JSON story", item.GetProperty("title").GetString());
        Assert.Equal("PTI", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal("Business", item.GetProperty("tags")[0].GetString());
        Assert.Contains("<p>", item.GetProperty("content_html").GetString());
        DateTimeOffset.Parse(item.GetProperty("date_published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset.Parse(item.GetProperty("date_modified").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Feeds_answer_304_to_their_etag_and_last_modified_until_a_story_changes()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Cached story");
        var first = await site.Http.GetAsync("/feed.xml");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        byTag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await site.Http.SendAsync(byTag)).StatusCode);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await site.Http.SendAsync(byDate)).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await site.Stories.UpdateAsync(story, "Cached story, updated", "New text.");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await site.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    private static async Task<SyndicationFeed> LoadAsync(TestSite site, string path) => Load(await site.Http.GetByteArrayAsync(path));

    private static SyndicationFeed Load(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 50_000_000,
        });
        return SyndicationFeed.Load(reader);
    }
}
