using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WireDesk.Ingest.Tests.Polling;

/// <summary>
/// A feed server on real Kestrel (127.0.0.1, a free port) that answers from a script, one step per request, and
/// records every request it received with its conditional headers.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();

    private FeedServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Uri Url(string path = "/feed") => new(new Uri(app.Urls.First()), path);

    public sealed record Received(string Path, string? IfNoneMatch, string? IfModifiedSince);

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(async http =>
        {
            server.Requests.Enqueue(new Received(http.Request.Path, http.Request.Headers.IfNoneMatch.FirstOrDefault(),
                http.Request.Headers.IfModifiedSince.FirstOrDefault()));
            if (server.script.TryDequeue(out var step)) await step(http);
            else http.Response.StatusCode = 599;
        });
        await app.StartAsync();
        return server;
    }

    public FeedServer Then(Func<HttpContext, Task> step)
    {
        script.Enqueue(step);
        return this;
    }

    public FeedServer ThenStatus(int status, Action<HttpResponse>? headers = null) => Then(http =>
    {
        http.Response.StatusCode = status;
        headers?.Invoke(http.Response);
        return Task.CompletedTask;
    });

    public FeedServer ThenBody(string body, string contentType, Action<HttpResponse>? headers = null) => Then(async http =>
    {
        headers?.Invoke(http.Response);
        http.Response.ContentType = contentType;
        await http.Response.WriteAsync(body);
    });

    public FeedServer ThenSlow(TimeSpan delay) => Then(async http =>
    {
        try { await Task.Delay(delay, http.RequestAborted); } catch (OperationCanceledException) { }
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
