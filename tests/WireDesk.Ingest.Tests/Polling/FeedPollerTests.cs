using Microsoft.Net.Http.Headers;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Polling;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.Tests.Infrastructure;

namespace WireDesk.Ingest.Tests.Polling;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private static readonly PollOptions Fast = new()
    {
        // Generous: the first request of a test pays for JIT on a busy 2-core machine.
        AttemptTimeout = TimeSpan.FromSeconds(5),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMinutes(10),
        MaxResponseBytes = 4096,
    };

    private TestWorkspace? test;
    private FeedServer? server;
    private FeedPoller? poller;
    private TestWorkspace Test => test!;
    private FeedServer Server => server!;
    private FeedPoller Poller => poller!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await FeedServer.StartAsync();
        test = await TestWorkspace.CreateAsync();
        poller = new FeedPoller(test.Workspace.Pipeline, test.Workspace.SourceStatus, test.Clock, Fast);
    }

    public async ValueTask DisposeAsync()
    {
        poller?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (test is not null) await test.DisposeAsync();
    }

    private SourceDefinition Source(bool allowPrivate = true, int interval = 60) => new()
    {
        Name = "wire", Transport = "poll", Url = Server.Url().ToString(), IntervalSeconds = interval, AllowPrivateNetwork = allowPrivate,
    };

    private static string Ninjs(int n) =>
        $$"""{"uri":"urn:test:poll:{{n}}","version":"1","versioncreated":"2026-01-09T10:00:00+05:30","headline":"Polled story {{n}} arrives","body_text":"Mumbai, Jan 9 (PTI) Polled story {{n}} body.","language":"en"}""";

    private async Task<int> StoriesAsync() => (await Test.Workspace.Store.ListAsync(new StoryQuery { Source = "wire" }, Ct)).Count;

    [Fact]
    public async Task A_200_is_ingested_and_the_next_poll_is_conditional_and_a_304_ingests_nothing()
    {
        Server.ThenBody(Ninjs(1), "application/json", r =>
        {
            r.Headers.ETag = "\"v1\"";
            r.Headers.LastModified = "Fri, 09 Jan 2026 10:00:00 GMT";
        }).ThenStatus(304);

        var first = await Poller.PollOnceAsync(Source(), Ct);
        var second = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal((200, true), (first.Status, first.Ingested));
        Assert.Equal((304, false), (second.Status, second.Ingested));
        Assert.Equal(TimeSpan.FromSeconds(60), second.NextIn);
        Assert.Equal([
            new FeedServer.Received("/feed", null, null),
            new FeedServer.Received("/feed", "\"v1\"", "Fri, 09 Jan 2026 10:00:00 GMT"),
        ], Server.Requests.ToArray());
        Assert.Equal(1, await StoriesAsync());
        var stored = Assert.Single(await Test.Workspace.SourceStatus.ListStatusAsync(Test.Clock.GetUtcNow(), Ct));
        Assert.Equal("\"v1\"", stored.Poll.ETag);
    }

    [Fact]
    public async Task Server_errors_are_retried_within_the_poll_and_a_later_success_is_taken()
    {
        Server.ThenStatus(500).ThenStatus(503).ThenBody(Ninjs(2), "application/json");

        var result = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal(200, result.Status);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal(1, await StoriesAsync());
    }

    [Fact]
    public async Task Errors_that_outlast_the_retries_back_off_exponentially_and_are_recorded_on_the_source()
    {
        for (var i = 0; i < 6; i++) Server.ThenStatus(500);

        var first = await Poller.PollOnceAsync(Source(), Ct);
        var second = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal(6, Server.Requests.Count);
        Assert.Equal(500, first.Status);
        Assert.InRange(first.NextIn, TimeSpan.FromSeconds(96), TimeSpan.FromSeconds(144));   // 60 s × 2, ±20 %
        Assert.InRange(second.NextIn, TimeSpan.FromSeconds(192), TimeSpan.FromSeconds(288)); // 60 s × 4, ±20 %
        var status = Assert.Single(await Test.Workspace.SourceStatus.ListStatusAsync(Test.Clock.GetUtcNow(), Ct));
        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Contains("HTTP 500", status.LastError);
    }

    [Fact]
    public async Task A_429_is_not_retried_and_the_next_poll_waits_for_its_retry_after()
    {
        Server.ThenStatus(429, r => r.Headers.RetryAfter = "900");

        var result = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal(429, result.Status);
        Assert.Single(Server.Requests);
        Assert.True(result.NextIn >= TimeSpan.FromSeconds(900));
    }

    [Fact]
    public async Task Cache_control_max_age_and_rss_ttl_push_the_next_poll_back()
    {
        Server.ThenBody(Ninjs(3), "application/json", r => r.Headers.CacheControl = "public, max-age=300")
            .ThenBody("<rss version=\"2.0\"><channel><title>t</title><ttl>20</ttl></channel></rss>", "application/rss+xml");

        var maxAge = await Poller.PollOnceAsync(Source(), Ct);
        var ttl = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal(TimeSpan.FromSeconds(300), maxAge.NextIn);
        Assert.True(ttl.NextIn >= TimeSpan.FromMinutes(20), $"next in {ttl.NextIn}");
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_retried_then_recorded_as_timed_out()
    {
        Server.ThenSlow(TimeSpan.FromSeconds(3)).ThenSlow(TimeSpan.FromSeconds(3)).ThenSlow(TimeSpan.FromSeconds(3));
        using var impatient = new FeedPoller(Test.Workspace.Pipeline, Test.Workspace.SourceStatus, Test.Clock,
            Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(500) });

        var result = await impatient.PollOnceAsync(Source(), Ct);

        Assert.Null(result.Status);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Contains("timed out", result.Error);
    }

    [Fact]
    public async Task A_response_over_the_size_cap_is_refused()
    {
        Server.ThenBody(new string('x', 5000), "text/plain");

        var result = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Contains("over 4096 bytes", result.Error);
        Assert.Equal(0, await StoriesAsync());
    }

    [Fact]
    public async Task A_private_network_address_is_refused_unless_the_source_allows_it()
    {
        var result = await Poller.PollOnceAsync(Source(allowPrivate: false), Ct);

        Assert.Null(result.Status);
        Assert.Contains("private-network", result.Error);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Redirects_are_followed_within_the_limit()
    {
        Server.ThenStatus(302, r => r.Headers.Location = "/moved").ThenBody(Ninjs(4), "application/json");

        var result = await Poller.PollOnceAsync(Source(), Ct);

        Assert.Equal(200, result.Status);
        Assert.Equal(["/feed", "/moved"], Server.Requests.Select(r => r.Path));
    }
}
