using System.Net;
using System.Text;
using System.Text.Json;
using WireDesk.Core.Inbox;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Transports;

public sealed class SourceHealthTests
{
    private static async Task<TestSite> SiteAsync(string keyEnv) => await TestSite.StartAsync(new SourcesDocument
    {
        Sources =
        [
            new SourceDefinition { Name = "ani", Transport = "push", Agency = "ANI", ApiKeyEnv = keyEnv, IdleMinutes = 30 },
            new SourceDefinition { Name = "reuters", Transport = "poll", Url = "https://example.invalid/feed", IdleMinutes = 30 },
        ],
    });

    private static async Task PushAndWaitAsync(TestSite site, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/ingest/ani") { Content = new StringContent(ArticlePageTests.AniCopy, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-WireDesk-Key", key);
        var response = await site.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("receipt").GetInt64();
        // The worker is woken at once; the long bound only matters on a machine loaded by parallel test runs.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await site.Workspace.Inbox.GetEntryAsync(receipt, CancellationToken.None))!.Status != InboxStatus.Done && DateTime.UtcNow < deadline)
            await Task.Delay(25);
        Assert.Equal(InboxStatus.Done, (await site.Workspace.Inbox.GetEntryAsync(receipt, CancellationToken.None))!.Status);
        await site.Workspace.Health.FlushAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Health_shows_items_lag_and_a_source_gone_quiet_after_its_idle_time()
    {
        var keyEnv = $"WIREDESK_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(keyEnv, "health-key");
        await using var site = await SiteAsync(keyEnv);
        await PushAndWaitAsync(site, "health-key");
        await site.Workspace.SourceStatus.RecordFailureAsync("reuters", "HTTP 503 Service Unavailable", site.Clock.GetUtcNow(), CancellationToken.None);

        var now = JsonDocument.Parse(await site.Http.GetStringAsync("/health/sources")).RootElement;
        site.Clock.Advance(TimeSpan.FromMinutes(31));
        var later = JsonDocument.Parse(await site.Http.GetStringAsync("/health/sources")).RootElement;

        var ani = now.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "ani");
        Assert.Equal("ok", ani.GetProperty("status").GetString());
        Assert.Equal(1, ani.GetProperty("itemsLast24Hours").GetInt64());
        Assert.False(ani.GetProperty("quiet").GetBoolean());
        Assert.True(ani.GetProperty("receiptLagMs").GetDouble() >= 0);
        var reuters = now.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "reuters");
        Assert.Equal("failing", reuters.GetProperty("status").GetString());
        Assert.Equal(1, reuters.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("HTTP 503 Service Unavailable", reuters.GetProperty("lastError").GetString());
        var aniLater = later.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "ani");
        Assert.Equal("quiet", aniLater.GetProperty("status").GetString());
        Assert.True(aniLater.GetProperty("quiet").GetBoolean());
        Environment.SetEnvironmentVariable(keyEnv, null);
    }

    [Fact]
    public async Task Metrics_are_exposed_for_prometheus_with_deliveries_by_source_and_outcome_and_publish_latency()
    {
        var keyEnv = $"WIREDESK_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(keyEnv, "metrics-key");
        await using var site = await SiteAsync(keyEnv);
        await PushAndWaitAsync(site, "metrics-key");

        var metrics = await site.Http.GetStringAsync("/metrics");

        // Meters are process-wide, so sites of tests running alongside may add to the same series: at least one.
        Assert.Matches("wiredesk_deliveries_total\\{[^}]*outcome=\"accepted\"[^}]*source=\"ani\"[^}]*\\} [1-9]", metrics);
        Assert.Matches("wiredesk_deliveries_total\\{[^}]*outcome=\"done\"[^}]*source=\"ani\"[^}]*\\} [1-9]", metrics);
        Assert.Contains("wiredesk_publish_latency_seconds_bucket", metrics);
        Assert.Contains("wiredesk_inbox_depth", metrics);
        Environment.SetEnvironmentVariable(keyEnv, null);
    }
}
