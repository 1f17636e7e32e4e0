using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WireDesk.Core.Publishing;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class ApiTests
{
    [Fact]
    public async Task Paging_10000_stories_while_more_arrive_returns_each_one_once_with_no_gap()
    {
        await using var site = await TestSite.StartAsync();
        var t0 = site.Clock.GetUtcNow().AddDays(-3);
        var initial = new HashSet<long>();
        for (var i = 0; i < 10_000; i++)
            // Ties on the same instant in threes, so the id half of the cursor matters.
            initial.Add((await site.Stories.PublishAsync($"Story {i}", publishedAt: t0.AddSeconds(i / 3 * 20))).Id);

        using var stop = new CancellationTokenSource();
        var added = new List<long>();
        var writer = Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                // New copy at the top, and late copy whose agency time falls among the pages already read.
                var at = n % 2 == 0 ? site.Clock.GetUtcNow() : t0.AddSeconds(n * 37 % 200_000);
                added.Add((await site.Stories.PublishAsync($"Arrived while paging {n++}", publishedAt: at)).Id);
            }
        });

        var seen = new List<long>();
        string? next = "/api/v1/stories?limit=200";
        var pages = 0;
        while (next is not null)
        {
            var page = JsonDocument.Parse(await site.Http.GetStringAsync(next)).RootElement;
            foreach (var item in page.GetProperty("items").EnumerateArray())
                seen.Add(long.Parse(item.GetProperty("altids").EnumerateArray().Single(a => a.GetProperty("role").GetString() == "wiredesk-id").GetProperty("value").GetString()!,
                    System.Globalization.CultureInfo.InvariantCulture));
            next = page.GetProperty("next").GetString();
            pages++;
        }
        await stop.CancelAsync();
        await writer;

        Assert.True(added.Count > 0, "stories must have arrived during the walk");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(initial.Except(seen));
        Assert.Empty(seen.Except(initial).Except(added));
        Assert.True(pages >= 50);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_bad_input_is_a_400()
    {
        await using var site = await TestSite.StartAsync();
        var now = site.Clock.GetUtcNow();
        var a = await site.Stories.PublishAsync("Delhi ANI", agency: "ANI", place: "New Delhi", section: "India", publishedAt: now.AddHours(-3));
        var b = await site.Stories.PublishAsync("Mumbai PTI", agency: "PTI", place: "Mumbai", section: "Business", publishedAt: now.AddHours(-1));
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        await site.Stories.UpdateAsync(a, "Delhi ANI, updated", "More.");

        async Task<List<string>> Headlines(string query) =>
            [.. JsonDocument.Parse(await site.Http.GetStringAsync("/api/v1/stories?" + query)).RootElement.GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("headlines")[0].GetProperty("value").GetString()!)];

        Assert.Equal(["Mumbai PTI"], await Headlines("agency=pti"));
        Assert.Equal(["Delhi ANI, updated"], await Headlines("place=new%20delhi"));
        Assert.Equal(["Mumbai PTI"], await Headlines("section=business"));
        Assert.Equal(["Mumbai PTI"], await Headlines("since=" + Uri.EscapeDataString(now.AddHours(-2).ToString("O"))));
        Assert.Equal(["Delhi ANI, updated"], await Headlines("updated-since=" + Uri.EscapeDataString(now.AddMinutes(5).ToString("O"))));
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Http.GetAsync("/api/v1/stories?cursor=bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Http.GetAsync("/api/v1/stories?since=yesterday")).StatusCode);
        Assert.NotNull(b);
    }

    [Fact]
    public async Task A_story_is_ninjs_2_by_default_and_3_on_request_with_only_schema_properties()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("Ninjs story", agency: "Reuters", place: "Oslo", byline: "By Nora Lindqvist",
            media: [new Core.Stories.MediaLink("https://img.example.org/f.jpg") { Type = "image/jpeg", Title = "Ferry" }]);

        var v2 = JsonDocument.Parse(await site.Http.GetStringAsync($"/api/v1/stories/{story.Id}")).RootElement;
        var v3 = JsonDocument.Parse(await site.Http.GetStringAsync($"/api/v1/stories/{story.Id}?ninjs=3")).RootElement;

        Assert.Equal(new Uri(site.Http.BaseAddress!, story.Path).ToString(), v2.GetProperty("uri").GetString());
        Assert.Equal("2.2", v2.GetProperty("standard").GetProperty("version").GetString());
        Assert.Equal("usable", v2.GetProperty("pubstatus").GetString());
        Assert.Equal("Ninjs story", v2.GetProperty("headlines")[0].GetProperty("value").GetString());
        Assert.Equal("text/html", v2.GetProperty("bodies")[0].GetProperty("contenttype").GetString());
        Assert.Equal("By Nora Lindqvist", v2.GetProperty("by").GetString());
        Assert.Equal("3.1", v3.GetProperty("standard").GetProperty("version").GetString());
        Assert.Equal("usable", v3.GetProperty("pubStatus").GetString());
        Assert.Equal(v2.GetProperty("versioncreated").GetString(), v3.GetProperty("versionCreated").GetString());
        Assert.False(v3.TryGetProperty("pubstatus", out _));

        AssertFollowsSchema(v2, Requires.Corpus("ninjs", "schema", "ninjs-schema_2.2.json"));
        AssertFollowsSchema(v3, Requires.Corpus("ninjs", "schema", "ninjs-schema_3.1.json"));
    }

    [Fact]
    public async Task The_api_answers_304_to_its_etag_404_when_withheld_and_410_killed_once_killed()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("API story");
        var first = await site.Http.GetAsync($"/api/v1/stories/{story.Id}");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/stories/{story.Id}");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await site.Http.SendAsync(conditional)).StatusCode);

        await site.Workspace.Editor.WithholdAsync(story.Id, "desk", null, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync($"/api/v1/stories/{story.Id}")).StatusCode);
        await site.Workspace.Editor.KillAsync(story.Id, "desk", "legal", CancellationToken.None);
        var gone = await site.Http.GetAsync($"/api/v1/stories/{story.Id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var body = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("killed", body.GetProperty("error").GetString());
        Assert.Equal(story.Id, body.GetProperty("id").GetInt64());
        Assert.Empty(JsonDocument.Parse(await site.Http.GetStringAsync("/api/v1/stories")).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Cors_headers_follow_the_configured_origins()
    {
        await using var site = await TestSite.StartAsync(siteJson: """{ "Site": { "Api": { "CorsOrigins": [ "https://app.example.org" ] } } }""");
        await site.Stories.PublishAsync("CORS story");

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stories");
        allowed.Headers.Add("Origin", "https://app.example.org");
        var yes = await site.Http.SendAsync(allowed);
        Assert.Equal("https://app.example.org", yes.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", yes.Headers.GetValues("Access-Control-Expose-Headers").Single());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stories");
        other.Headers.Add("Origin", "https://evil.example.net");
        Assert.False((await site.Http.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/stories");
        preflight.Headers.Add("Origin", "https://app.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var pre = await site.Http.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, pre.StatusCode);
        Assert.Contains("GET", pre.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_story_api()
    {
        await using var site = await TestSite.StartAsync();
        var doc = JsonDocument.Parse(await site.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/stories", out var list));
        Assert.True(paths.TryGetProperty("/api/v1/stories/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/stream", out _));
        Assert.False(paths.TryGetProperty("/", out _));
        var parameters = list.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "section", "agency", "place", "since", "updated-since", "cursor" }, parameters.ToHashSet());
    }

    /// <summary>Every property written is one the schema defines, at the top level and inside the arrays of objects.</summary>
    private static void AssertFollowsSchema(JsonElement item, string schemaPath)
    {
        var schema = JsonDocument.Parse(File.ReadAllText(schemaPath)).RootElement;
        var properties = schema.GetProperty("$defs").GetProperty("ninjsType").GetProperty("properties");
        foreach (var property in item.EnumerateObject())
        {
            Assert.True(properties.TryGetProperty(property.Name, out var definition), $"{property.Name} is not a ninjs property in {Path.GetFileName(schemaPath)}");
            if (property.Value.ValueKind == JsonValueKind.Array && definition.TryGetProperty("items", out var items))
            {
                var itemProperties = items.TryGetProperty("properties", out var p) ? p
                    : items.TryGetProperty("$ref", out var r) ? schema.GetProperty("$defs").GetProperty(r.GetString()!.Split('/')[^1]).GetProperty("properties")
                    : default;
                if (itemProperties.ValueKind != JsonValueKind.Object) continue;
                foreach (var element in property.Value.EnumerateArray())
                    foreach (var inner in element.EnumerateObject())
                        Assert.True(itemProperties.TryGetProperty(inner.Name, out _), $"{property.Name}[].{inner.Name} is not in {Path.GetFileName(schemaPath)}");
            }
        }
    }
}
