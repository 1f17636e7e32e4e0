using System.Text.Json;
using System.Net.Http.Json;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Composition;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Polling;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.Tests.Infrastructure;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Ingest.Tests.WebSub;

/// <summary>
/// The subscriber inside a real <c>wiredesk serve</c> host (Kestrel on 127.0.0.1, SQLite, every hosted service) on a
/// fake clock, against <see cref="TestHub"/>: the polled feed names the hub, and everything else follows from that.
/// </summary>
public sealed class WebSubTests : IAsyncLifetime
{
    private TestHub? hub;
    private TestWorkspace? test;
    private WebApplication? app;
    private Uri? url;

    private TestHub Hub => hub!;
    private TestWorkspace Test => test!;
    private WebSubSubscriber Subscriber => app!.Services.GetRequiredService<WebSubSubscriber>();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        test = await TestWorkspace.CreateAsync(new SourceDefinition
        {
            Name = "wire", Transport = "poll", Agency = "PTI", Url = Hub.FeedUrl.ToString(), IntervalSeconds = 3600, AllowPrivateNetwork = true,
        });
        url = new Uri($"http://127.0.0.1:{FreePort()}");
        await StartServerAsync();
    }

    private async Task StartServerAsync()
    {
        app = WireDeskServer.Build(Test.Workspace, url!.ToString().TrimEnd('/'), services =>
        {
            services.AddSingleton(new WebSubOptions { CallbackBase = url });
            services.AddSingleton(new PollOptions { AttemptTimeout = TimeSpan.FromSeconds(20), Retries = 1, RetryDelay = TimeSpan.FromMilliseconds(10) });
        });
        await app.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (test is not null) await test.DisposeAsync();
        if (hub is not null) await hub.DisposeAsync();
    }

    [Fact]
    public async Task A_polled_feed_naming_a_hub_is_subscribed_with_its_self_url_and_our_callback_and_the_verification_is_answered()
    {
        var verification = await SubscribedAsync();

        var request = verification.Request;
        Assert.Equal("subscribe", request.Mode);
        Assert.Equal(Hub.TopicUrl.AbsoluteUri, request.Topic);
        Assert.Equal(url!.AbsoluteUri + "websub/", request.Callback.AbsoluteUri[..(url.AbsoluteUri.Length + 7)]);
        Assert.Equal(64, request.Secret?.Length);
        Assert.Equal(new WebSubOptions().LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), request.LeaseSeconds);
        Assert.Equal(HttpStatusCode.OK, verification.Status);
        Assert.Equal(verification.Challenge, verification.Body);

        var subscription = Assert.Single(Subscriber.Subscriptions);
        Assert.Equal(WebSubStatus.Active, subscription.Status);
        Assert.Equal(Test.Clock.GetUtcNow().AddSeconds(Hub.GrantedLeaseSeconds), subscription.ExpiresAt);
        var persisted = Assert.Single(await WebSubSubscriptionFile.ReadAsync(Path.Combine(Test.DataDirectory, WebSubOptions.FileName), Ct));
        Assert.Equal(subscription, persisted);
    }

    [Fact]
    public async Task Source_health_shows_the_hub_the_topic_and_the_lease_of_the_active_subscription()
    {
        await SubscribedAsync();

        using var http = new HttpClient { BaseAddress = url };
        var health = await http.GetFromJsonAsync<JsonElement>("/health/sources", Ct);
        var webSub = health[0].GetProperty("webSub");
        Assert.Equal("wire", health[0].GetProperty("source").GetString());
        Assert.Equal(Hub.HubUrl.ToString(), webSub.GetProperty("hub").GetString());
        Assert.Equal(Hub.TopicUrl.ToString(), webSub.GetProperty("topic").GetString());
        Assert.Equal("active", webSub.GetProperty("status").GetString());
        Assert.Equal(Test.Clock.GetUtcNow().AddSeconds(Hub.GrantedLeaseSeconds), webSub.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_verification_for_a_topic_or_mode_we_did_not_ask_for_or_an_unknown_callback_is_answered_404()
    {
        var request = (await SubscribedAsync()).Request;

        var otherTopic = await Hub.VerifyAsync(request, "subscribe", new Uri(Hub.Base, "/other.atom").AbsoluteUri);
        var unsubscribe = await Hub.VerifyAsync(request, "unsubscribe", request.Topic!);
        var unknown = await Hub.VerifyAsync(request with { Callback = new Uri(url!, "/websub/0123456789abcdef0123456789abcdef") }, "subscribe", request.Topic!);
        var noMode = await Hub.VerifyAsync(request, "", request.Topic!);

        Assert.All(new[] { otherTopic, unsubscribe, unknown, noMode }, v =>
        {
            Assert.Equal(HttpStatusCode.NotFound, v.Status);
            Assert.DoesNotContain(v.Challenge, v.Body, StringComparison.Ordinal);
        });
        Assert.Equal(WebSubStatus.Active, Assert.Single(Subscriber.Subscriptions).Status);
    }

    [Fact]
    public async Task A_delivery_signed_with_our_secret_is_published_with_sha256_and_with_sha1()
    {
        var request = (await SubscribedAsync()).Request;

        Assert.Equal(HttpStatusCode.Accepted, await Hub.DistributeAsync(request.Callback, Hub.Feed(2), Sign("sha256", request.Secret!, Hub.Feed(2))));
        Assert.Equal(HttpStatusCode.Accepted, await Hub.DistributeAsync(request.Callback, Hub.Feed(3), Sign("sha1", request.Secret!, Hub.Feed(3))));

        await EventuallyAsync(async () => await StoryAsync(2) && await StoryAsync(3), "stories 2 and 3 published");
        var inbox = Test.Workspace.Inbox;
        Assert.Equal(0, (await inbox.DepthAsync(Ct)).Failed);
    }

    [Fact]
    public async Task A_delivery_with_a_wrong_or_missing_signature_is_answered_2xx_and_discarded_unread()
    {
        var request = (await SubscribedAsync()).Request;

        var forged = await Hub.DistributeAsync(request.Callback, Hub.Feed(4), Sign("sha256", "not-our-secret", Hub.Feed(4)));
        var tampered = await Hub.DistributeAsync(request.Callback, Hub.Feed(5) + " ", Sign("sha256", request.Secret!, Hub.Feed(5)));
        var unsigned = await Hub.DistributeAsync(request.Callback, Hub.Feed(6), signature: null);
        var unknownMethod = await Hub.DistributeAsync(request.Callback, Hub.Feed(7), Sign("sha256", request.Secret!, Hub.Feed(7)).Replace("sha256=", "md5=", StringComparison.Ordinal));
        // A good delivery after them: the worker takes deliveries in order, so once it is live the others would be too.
        Assert.Equal(HttpStatusCode.Accepted, await Hub.DistributeAsync(request.Callback, Hub.Feed(8), Sign("sha512", request.Secret!, Hub.Feed(8))));
        await EventuallyAsync(() => StoryAsync(8), "story 8 published");

        Assert.All(new[] { forged, tampered, unsigned, unknownMethod }, status => Assert.Equal(HttpStatusCode.Accepted, status));
        foreach (var n in new[] { 4, 5, 6, 7 }) Assert.False(await StoryAsync(n), $"story {n} must not be published");
        Assert.Equal(HttpStatusCode.NotFound, await Hub.DistributeAsync(new Uri(url!, "/websub/0123456789abcdef0123456789abcdef"), Hub.Feed(9),
            Sign("sha256", request.Secret!, Hub.Feed(9))));
    }

    [Fact]
    public async Task The_lease_is_renewed_before_it_ends_and_not_before_it_is_due()
    {
        var first = (await SubscribedAsync()).Request;
        var subscribedAt = Test.Clock.GetUtcNow();

        // 1000 s granted, renewed when a tenth is left: due at 900 s.
        Test.Clock.Advance(TimeSpan.FromSeconds(850));
        await Task.Delay(1000, Ct);
        Assert.Single(Hub.Requests);

        Test.Clock.Advance(TimeSpan.FromSeconds(60));
        await EventuallyAsync(() => Task.FromResult(Hub.Verifications.Count >= 2), "a renewal verified");

        var renewal = Hub.Verifications.ElementAt(1);
        Assert.Equal(HttpStatusCode.OK, renewal.Status);
        Assert.Equal((first.Mode, first.Topic, first.Callback, first.Secret), (renewal.Request.Mode, renewal.Request.Topic, renewal.Request.Callback, renewal.Request.Secret));
        var subscription = Assert.Single(Subscriber.Subscriptions);
        Assert.Equal(WebSubStatus.Active, subscription.Status);
        Assert.Equal(subscribedAt.AddSeconds(910 + Hub.GrantedLeaseSeconds), subscription.ExpiresAt);
        Assert.Equal(2, Hub.Requests.Count);
    }

    [Fact]
    public async Task Subscriptions_survive_a_restart_and_deliveries_to_the_same_callback_are_taken()
    {
        var request = (await SubscribedAsync()).Request;
        await app!.StopAsync(Ct);
        await app.DisposeAsync();
        app = null;
        await Test.RestartAsync();
        await StartServerAsync();

        Assert.Equal(HttpStatusCode.Accepted, await Hub.DistributeAsync(request.Callback, Hub.Feed(10), Sign("sha256", request.Secret!, Hub.Feed(10))));
        await EventuallyAsync(() => StoryAsync(10), "story 10 published after the restart");
        Assert.Single(Hub.Requests);
    }

    /// <summary>Waits for the first poll to find the hub and the handshake to complete; returns the hub's verification.</summary>
    private async Task<TestHub.HubVerification> SubscribedAsync()
    {
        await EventuallyAsync(() => Task.FromResult(!Hub.Verifications.IsEmpty), "the hub verified a subscription", async () =>
            $"hub requests {Hub.Requests.Count}; hub errors [{string.Join("; ", Hub.Errors)}]; subscriptions [{string.Join("; ", Subscriber.Subscriptions)}]; " +
            $"stories {(await Test.Workspace.Store.ListAsync(new StoryQuery { Limit = 10 }, Ct)).Count}; " +
            $"source status [{string.Join("; ", await Test.Workspace.SourceStatus.ListStatusAsync(Test.Clock.GetUtcNow(), Ct))}]");
        await EventuallyAsync(() => Task.FromResult(Subscriber.Subscriptions is [{ Status: WebSubStatus.Active }]), "the subscription is active");
        await EventuallyAsync(() => StoryAsync(1), "the polled story is published");
        return Hub.Verifications.First();
    }

    private async Task<bool> StoryAsync(int n) =>
        (await Test.Workspace.Store.ListAsync(new StoryQuery { Source = "wire", Limit = 100 }, Ct)).Any(s => s.Current.Headline == $"Hub story {n} arrives");

    private static string Sign(string method, string secret, string body) => HubSignature.Sign(method, secret, Encoding.UTF8.GetBytes(body));

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what, Func<Task<string>>? state = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for: {what}{(state is null ? "" : "; " + await state())}");
            await Task.Delay(50, Ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
