using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Events;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Caching;

/// <summary>
/// The CDN purge hook: on every story event, POSTs the changed URLs and surrogate keys (as JSON) to
/// <see cref="CacheOptions.PurgeUrl"/>. Runs only when a URL is configured. A failed call is retried once, then logged.
/// </summary>
public sealed class PurgeNotifier(SiteOptions site, StoryEventHub events, IStoryStore store, ILogger<PurgeNotifier> log) : BackgroundService
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    // Taken when the host builds its services: ExecuteAsync runs later on the thread pool, and an event published
    // meanwhile (a kill right after start-up) must not go unpurged.
    private readonly long _from = events.LastSequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (site.Cache.PurgeUrl is not { Length: > 0 } purgeUrl) return;
        try
        {
            await foreach (var e in events.ListenAsync(_from, stoppingToken))
            {
                var request = await ChangedAsync(e, stoppingToken);
                for (var attempt = 1; attempt <= 2; attempt++)
                {
                    try
                    {
                        using var message = new HttpRequestMessage(HttpMethod.Post, purgeUrl) { Content = JsonContent.Create(request) };
                        if (site.Cache.PurgeToken is { Length: > 0 } token) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        using var response = await _http.SendAsync(message, stoppingToken);
                        response.EnsureSuccessStatusCode();
                        break;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
                    {
                        if (attempt == 2) log.LogWarning(ex, "purge of story {Id} at {Url} failed", e.StoryId, purgeUrl);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task<PurgeRequest> ChangedAsync(StoryEvent e, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(e.StoryId, cancellationToken);
        var surfaces = ChangedSurfaces.For(e, story);
        var origin = site.BaseUrl?.TrimEnd('/') ?? "";
        return new PurgeRequest(e.Kind.ToString().ToLowerInvariant(), e.StoryId, [.. surfaces.Paths.Select(p => origin + p)], surfaces.Keys);
    }
}
