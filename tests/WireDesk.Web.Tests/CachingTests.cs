using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using WireDesk.Web.Caching;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class CachingTests
{
    [Fact]
    public async Task Pages_carry_cache_control_etag_and_last_modified_and_answer_304()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Cacheable story");
        var response = await site.Http.GetAsync(story.Path);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.Zero, cacheControl.MaxAge);
        Assert.True(cacheControl.MustRevalidate);
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.SharedMaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(story.ModifiedAt!.Value.ToUnixTimeSeconds(), response.Content.Headers.LastModified!.Value.ToUnixTimeSeconds());
        Assert.Contains($"story-{story.Id}", response.Headers.GetValues("Surrogate-Key").Single());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, story.Path);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await site.Http.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task The_server_cache_serves_a_page_until_a_story_changes_and_never_after()
    {
        await using var site = await TestSite.StartAsync();
        var cache = (ResponseCache)site.App.Services.GetService(typeof(ResponseCache))!;
        var story = await site.Stories.PublishAsync("Original headline");
        Assert.Contains("Original headline", await site.Http.GetStringAsync(story.Path));
        Assert.Contains("Original headline", await site.Http.GetStringAsync("/"));
        Assert.True(cache.Count >= 2);

        // An editor's headline change goes through EditorActions, which announces it: the very next request is fresh.
        Assert.True((await site.Workspace.Editor.OverrideHeadlineAsync(story.Id, "desk", "Better headline", CancellationToken.None)).Succeeded);
        Assert.Contains("Better headline", await site.Http.GetStringAsync(story.Path));
        Assert.Contains("Better headline", await site.Http.GetStringAsync("/"));

        await site.Workspace.Editor.KillAsync(story.Id, "desk", "legal", CancellationToken.None);
        Assert.Equal(HttpStatusCode.Gone, (await site.Http.GetAsync(story.Path)).StatusCode);
        Assert.DoesNotContain("Better headline", await site.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task An_embargo_lifting_is_announced_and_the_story_appears_everywhere_at_its_instant()
    {
        await using var site = await TestSite.StartAsync();
        var until = site.Clock.GetUtcNow().AddMinutes(10);
        var story = await site.Stories.PublishAsync("Embargoed budget", publishedAt: until, embargoUntil: until);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(story.Path)).StatusCode);
        Assert.DoesNotContain("Embargoed budget", await site.Http.GetStringAsync("/"));
        var before = site.Workspace.Events.LastSequence;

        for (var i = 0; i < 11 * 60 && site.Workspace.Events.LastSequence == before; i++)
        {
            site.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }
        for (var i = 0; i < 2000 && site.Workspace.Events.LastSequence == before; i++) await Task.Delay(10);

        Assert.Equal(before + 1, site.Workspace.Events.LastSequence);
        Assert.Contains("Embargoed budget", await site.Http.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(story.Path)).StatusCode);
        Assert.True(site.Clock.GetUtcNow() >= until);
    }

    [Fact]
    public async Task The_purge_hook_is_called_with_the_changed_urls_and_surrogate_keys_on_a_kill()
    {
        var received = new List<JsonElement>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var cdn = builder.Build();
        cdn.MapPost("/purge", async (HttpContext http) =>
        {
            var body = await JsonDocument.ParseAsync(http.Request.Body);
            lock (received) received.Add(body.RootElement.Clone());
            return Results.Ok();
        });
        await cdn.StartAsync();

        await using var site = await TestSite.StartAsync(siteJson: $$"""{ "Site": { "BaseUrl": "https://news.example.com", "Cache": { "PurgeUrl": "{{cdn.Urls.First()}}/purge" } } }""");
        var story = await site.Stories.PublishAsync("Story for the CDN", agency: "ANI", section: "World", place: "Oslo");
        await site.Workspace.Editor.KillAsync(story.Id, "desk", "legal", CancellationToken.None);

        JsonElement kill = default;
        for (var i = 0; i < 3000; i++)
        {
            lock (received) kill = received.FirstOrDefault(r => r.GetProperty("event").GetString() == "killed");
            if (kill.ValueKind != JsonValueKind.Undefined) break;
            await Task.Delay(10);
        }
        Assert.Equal(JsonValueKind.Object, kill.ValueKind);
        Assert.Equal(story.Id, kill.GetProperty("storyId").GetInt64());
        var urls = kill.GetProperty("urls").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Contains($"https://news.example.com{story.Path}", urls);
        Assert.Contains("https://news.example.com/", urls);
        Assert.Contains("https://news.example.com/sitemap-news.xml", urls);
        Assert.Contains("https://news.example.com/section/world/atom.xml", urls);
        var keys = kill.GetProperty("surrogateKeys").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { $"story-{story.Id}", "home", "feeds", "sitemaps", "section-world", "agency-ani", "place-oslo" }, keys.ToHashSet());
        await cdn.StopAsync();
    }

    [Fact]
    public async Task App_link_files_and_the_smart_banner_come_from_configuration()
    {
        await using var bare = await TestSite.StartAsync();
        var plain = await bare.Stories.PublishAsync("No app");
        Assert.Equal(HttpStatusCode.NotFound, (await bare.Http.GetAsync("/.well-known/assetlinks.json")).StatusCode);
        Assert.Null(PageText.Parse(await bare.Http.GetStringAsync(plain.Path)).QuerySelector("meta[name='apple-itunes-app']"));

        await using var site = await TestSite.StartAsync(siteJson: """
            { "Site": { "BaseUrl": "https://news.example.com",
              "App": { "AppleAppStoreId": "123456789", "AppleAppIds": [ "TEAM1.com.example.news" ],
                       "AndroidPackage": "com.example.news", "AndroidCertFingerprints": [ "14:6D:E9:83" ] } } }
            """);
        var story = await site.Stories.PublishAsync("App story");
        var banner = PageText.Parse(await site.Http.GetStringAsync(story.Path)).QuerySelector("meta[name='apple-itunes-app']")!;
        Assert.Equal($"app-id=123456789, app-argument=https://news.example.com{story.Path}", banner.GetAttribute("content"));

        var assetLinks = JsonDocument.Parse(await site.Http.GetStringAsync("/.well-known/assetlinks.json")).RootElement[0];
        Assert.Equal("delegate_permission/common.handle_all_urls", assetLinks.GetProperty("relation")[0].GetString());
        Assert.Equal("com.example.news", assetLinks.GetProperty("target").GetProperty("package_name").GetString());
        Assert.Equal("14:6D:E9:83", assetLinks.GetProperty("target").GetProperty("sha256_cert_fingerprints")[0].GetString());

        var response = await site.Http.GetAsync("/.well-known/apple-app-site-association");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var details = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("applinks").GetProperty("details")[0];
        Assert.Equal("TEAM1.com.example.news", details.GetProperty("appIDs")[0].GetString());
        Assert.Equal("/*", details.GetProperty("components")[0].GetProperty("/").GetString());
    }
}
