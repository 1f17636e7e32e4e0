using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Events;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Api;

/// <summary>
/// GET /api/v1/stream: server-sent events "published", "updated", "withheld" and "killed", each with the story's id and
/// URL. The event id is the hub's sequence number: a client reconnecting with Last-Event-ID (header, or ?lastEventId=)
/// gets what it missed while the hub still holds it. A comment line every 15 seconds keeps proxies from closing it.
/// </summary>
public sealed class StoryStream(StoryEventHub events, SiteUrls urls, SiteClock clock, TimeProvider time)
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task RunAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var after = LastEventId(http.Request);
        // The hub counts from 1 again when the process restarts: an id from before that means "everything since".
        if (after > events.LastSequence) after = 0;
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync("retry: 3000\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);

        var origin = urls.Origin(http);
        await using var listener = events.ListenAsync(after, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = listener.MoveNextAsync().AsTask();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var tick = Task.Delay(KeepAlive, time, cancellationToken);
                if (await Task.WhenAny(next, tick) == tick)
                {
                    await response.WriteAsync(": keep-alive\n\n", cancellationToken);
                }
                else
                {
                    if (!await next) return;
                    await response.WriteAsync(Format(listener.Current, origin), cancellationToken);
                    next = listener.MoveNextAsync().AsTask();
                }
                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public string Format(StoryEvent e, string origin)
    {
        var kind = e.Kind.ToString().ToLowerInvariant();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", kind);
            json.WriteNumber("id", e.StoryId);
            json.WriteString("url", origin + e.Path);
            json.WriteString("api", $"{origin}/api/v1/stories/{e.StoryId}");
            json.WriteString("at", clock.Iso(e.At));
            json.WriteEndObject();
        }
        return new StringBuilder()
            .Append("id: ").Append(e.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(kind).Append('\n')
            .Append("data: ").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append("\n\n")
            .ToString();
    }

    private static long LastEventId(HttpRequest request)
    {
        var text = request.Headers["Last-Event-ID"].ToString();
        if (text.Length == 0) text = request.Query["lastEventId"].ToString();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }
}
