using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Ingest.Push;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Transports;

public sealed class PushTests : IAsyncLifetime
{
    private readonly string keyEnv = $"WIREDESK_TEST_KEY_{Guid.NewGuid():N}";
    private readonly string secretEnv = $"WIREDESK_TEST_SECRET_{Guid.NewGuid():N}";
    private const string Key = "k3y-for-ani-push";
    private const string Secret = "s3cret-for-pti-push";
    private TestSite? site;

    private TestSite Site => site!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(keyEnv, Key);
        Environment.SetEnvironmentVariable(secretEnv, Secret);
        var sources = new SourcesDocument
        {
            Sources =
            [
                new SourceDefinition { Name = "ani", Transport = "push", Agency = "ANI", ApiKeyEnv = keyEnv },
                new SourceDefinition { Name = "pti", Transport = "push", Agency = "PTI", HmacSecretEnv = secretEnv },
                new SourceDefinition { Name = "held", Transport = "push", ApiKeyEnv = keyEnv, Paused = true },
                new SourceDefinition { Name = "folder", Transport = "drop", ApiKeyEnv = keyEnv },
            ],
        };
        site = await TestSite.StartAsync(sources, configure: s => s.AddSingleton(new PushOptions { MaxBodyBytes = 4096 }));
    }

    public async ValueTask DisposeAsync()
    {
        if (site is not null) await site.DisposeAsync();
        Environment.SetEnvironmentVariable(keyEnv, null);
        Environment.SetEnvironmentVariable(secretEnv, null);
    }

    private static HttpRequestMessage Push(string source, string body, string? key = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/ingest/{source}") { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        if (key is not null) request.Headers.Add("X-WireDesk-Key", key);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private HttpRequestMessage Signed(string body, DateTimeOffset at, string? secret = Secret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = Push("pti", body);
        request.Headers.Add("X-WireDesk-Timestamp", timestamp);
        request.Headers.Add("X-WireDesk-Signature", PushCredentials.Sign(secret!, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    private async Task<StoredStory> WaitForStoryAsync(string source)
    {
        for (var i = 0; i < 1200; i++)
        {
            var stories = await Site.Workspace.Store.ListAsync(new StoryQuery { Source = source }, CancellationToken.None);
            if (stories.Count > 0) return stories[0];
            await Task.Delay(25);
        }
        throw new TimeoutException($"no story from {source} went live");
    }

    [Fact]
    public async Task A_push_with_the_api_key_is_acknowledged_with_a_receipt_and_goes_live()
    {
        var response = await Site.Http.SendAsync(Push("ani", ArticlePageTests.AniCopy, Key));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<Answer>();
        Assert.True(answer!.Receipt > 0);
        Assert.False(answer.Repeated);
        var story = await WaitForStoryAsync("ani");
        Assert.Equal(HttpStatusCode.OK, (await Site.Http.GetAsync(story.Path)).StatusCode);
        var delivery = await Site.Workspace.Inbox.GetEntryAsync(answer.Receipt!.Value, CancellationToken.None);
        Assert.Equal("push", delivery!.Transport);
    }

    [Fact]
    public async Task A_push_signed_with_the_source_secret_inside_the_window_is_accepted()
    {
        var response = await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, Site.Clock.GetUtcNow().AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForStoryAsync("pti");
    }

    [Fact]
    public async Task A_bad_or_missing_credential_is_refused_with_401_and_nothing_is_stored()
    {
        var wrongKey = await Site.Http.SendAsync(Push("ani", ArticlePageTests.AniCopy, "not-the-key"));
        var noKey = await Site.Http.SendAsync(Push("ani", ArticlePageTests.AniCopy));
        var wrongSecret = await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, Site.Clock.GetUtcNow(), secret: "guessed"));
        var tampered = Signed(ArticlePageTests.AniCopy, Site.Clock.GetUtcNow());
        tampered.Content = new StringContent(ArticlePageTests.AniCopy + " more", Encoding.UTF8, "text/plain");
        var tamperedBody = await Site.Http.SendAsync(tampered);
        var apiKeyOnSignedSource = await Site.Http.SendAsync(Push("pti", ArticlePageTests.AniCopy, Key));

        Assert.All([wrongKey, noKey, wrongSecret, tamperedBody, apiKeyOnSignedSource],
            r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(new InboxDepth(0, 0), await Site.Workspace.Inbox.DepthAsync(CancellationToken.None));
        Assert.Empty(await Site.Workspace.Store.ListAsync(new StoryQuery(), CancellationToken.None));
    }

    [Fact]
    public async Task A_signature_with_a_timestamp_outside_the_five_minute_window_is_refused()
    {
        var old = await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, Site.Clock.GetUtcNow().AddMinutes(-6)));
        var future = await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, Site.Clock.GetUtcNow().AddMinutes(6)));

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Contains("replay window", (await old.Content.ReadFromJsonAsync<Answer>())!.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, future.StatusCode);
    }

    [Fact]
    public async Task The_same_signed_request_replayed_inside_the_window_is_the_same_delivery()
    {
        var at = Site.Clock.GetUtcNow();
        var first = await (await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, at))).Content.ReadFromJsonAsync<Answer>();
        var replayed = await Site.Http.SendAsync(Signed(ArticlePageTests.AniCopy, at));

        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        var again = await replayed.Content.ReadFromJsonAsync<Answer>();
        Assert.Equal(first!.Receipt, again!.Receipt);
        Assert.True(again.Repeated);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_same_receipt_and_makes_no_second_delivery()
    {
        var first = await Site.Http.SendAsync(Push("ani", ArticlePageTests.AniCopy, Key, idempotencyKey: "ani-2026-0001"));
        await WaitForStoryAsync("ani");
        var retry = await Site.Http.SendAsync(Push("ani", ArticlePageTests.AniCopy, Key, idempotencyKey: "ani-2026-0001"));

        var a = await first.Content.ReadFromJsonAsync<Answer>();
        var b = await retry.Content.ReadFromJsonAsync<Answer>();
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(a!.Receipt, b!.Receipt);
        Assert.True(b.Repeated);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Null(await Site.Workspace.Inbox.GetEntryAsync(a.Receipt!.Value + 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_whether_or_not_its_length_is_declared()
    {
        var big = new string('x', 5000);
        var declared = await Site.Http.SendAsync(Push("ani", big, Key));
        var streamed = Push("ani", big, Key);
        streamed.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        streamed.Headers.TransferEncodingChunked = true;
        var chunked = await Site.Http.SendAsync(streamed);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task Content_no_parser_reads_is_refused_with_415()
    {
        var html = await Site.Http.SendAsync(Push("ani", "<html><body>not copy</body></html>", Key));
        var binary = Push("ani", "", Key);
        binary.Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var png = await Site.Http.SendAsync(binary);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Contains("<html>", (await html.Content.ReadFromJsonAsync<Answer>())!.Message);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, png.StatusCode);
    }

    [Fact]
    public async Task Unknown_sources_get_404_and_paused_or_non_push_sources_get_403()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Site.Http.SendAsync(Push("nobody", ArticlePageTests.AniCopy, Key))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Site.Http.SendAsync(Push("held", ArticlePageTests.AniCopy, Key))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Site.Http.SendAsync(Push("folder", ArticlePageTests.AniCopy, Key))).StatusCode);
    }

    private sealed record Answer(long? Receipt, bool Repeated, string Message);
}
