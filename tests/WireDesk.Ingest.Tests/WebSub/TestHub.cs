using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WireDesk.Ingest.Tests.WebSub;

/// <summary>
/// A WebSub hub written for the tests, on real Kestrel (127.0.0.1, a free port). It serves a feed that names it as the
/// hub, takes subscription requests at /hub, verifies each against the subscriber's callback before answering (the
/// order that catches a subscriber which only records its request once the hub has answered), records what it sent
/// and what came back, and can distribute content to a callback signed any way a test wants.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private TestHub(WebApplication app) => _app = app;

    public Uri Base => new(_app.Urls.First());
    public Uri HubUrl => new(Base, "/hub");
    public Uri FeedUrl => new(Base, "/feed");
    /// <summary>The feed's rel="self": the topic a subscriber must use, different from the URL it was fetched at.</summary>
    public Uri TopicUrl => new(Base, "/wire.atom");
    public int GrantedLeaseSeconds { get; set; } = 1000;
    public ConcurrentQueue<HubRequest> Requests { get; } = new();
    public ConcurrentQueue<HubVerification> Verifications { get; } = new();
    /// <summary>What went wrong verifying against the callback (the subscriber's server unreachable ...).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public sealed record HubRequest(string? Mode, string? Topic, Uri Callback, string? Secret, string? LeaseSeconds);

    public sealed record HubVerification(HubRequest Request, string Challenge, HttpStatusCode Status, string Body);

    public static async Task<TestHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hub = new TestHub(app);
        app.MapGet("/feed", () => Results.Text(hub.Feed(1), "application/atom+xml"));
        app.MapPost("/hub", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (!Uri.TryCreate(form["hub.callback"], UriKind.Absolute, out var callback)) return Results.BadRequest();
            var request = new HubRequest(form["hub.mode"], form["hub.topic"], callback, form["hub.secret"], form["hub.lease_seconds"]);
            hub.Requests.Enqueue(request);
            try
            {
                hub.Verifications.Enqueue(await hub.VerifyAsync(request, request.Mode ?? "", request.Topic ?? ""));
                return Results.Accepted();
            }
            catch (Exception e)
            {
                hub.Errors.Enqueue(e.ToString());
                return Results.StatusCode(500);
            }
        });
        await app.StartAsync();
        return hub;
    }

    /// <summary>A verification of intent (WebSub §5.3) for any mode and topic, as a hub (or an impostor) sends it.</summary>
    public async Task<HubVerification> VerifyAsync(HubRequest request, string mode, string topic)
    {
        var challenge = Guid.NewGuid().ToString("N");
        var query = $"hub.mode={Uri.EscapeDataString(mode)}&hub.topic={Uri.EscapeDataString(topic)}&hub.challenge={challenge}" +
                    $"&hub.lease_seconds={GrantedLeaseSeconds}";
        using var response = await _http.GetAsync(new Uri(request.Callback + (request.Callback.Query.Length > 0 ? "&" : "?") + query));
        return new HubVerification(request, challenge, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Content distribution (WebSub §7): the body POSTed to the callback with the given X-Hub-Signature, if any.</summary>
    public async Task<HttpStatusCode> DistributeAsync(Uri callback, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, callback)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/atom+xml"),
        };
        request.Headers.TryAddWithoutValidation("Link", [$"<{HubUrl}>; rel=\"hub\"", $"<{TopicUrl}>; rel=\"self\""]);
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Hub-Signature", signature);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>An Atom feed naming this hub and its topic, with one entry numbered <paramref name="n"/>.</summary>
    public string Feed(int n) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Hub test wire</title>
          <id>urn:test:websub:feed</id>
          <updated>2026-01-09T10:00:00+05:30</updated>
          <link rel="hub" href="{HubUrl}"/>
          <link rel="self" href="{TopicUrl}"/>
          <entry>
            <id>urn:test:websub:{n}</id>
            <title>Hub story {n} arrives</title>
            <updated>2026-01-09T10:{n:00}:00+05:30</updated>
            <content type="text">Mumbai, Jan 9 (PTI) Hub story {n} is distributed through the hub with its own reference {n * 7919 % 100000}.</content>
          </entry>
        </feed>
        """;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
