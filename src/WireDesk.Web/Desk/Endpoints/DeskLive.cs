using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using WireDesk.Core.Events;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>
/// The queue's live updates: a server-sent event stream of story events for signed-in desk users, and the queue row of
/// one story to put in the page. Stories held by policy raise no reader event, so the stream also looks for new held
/// stories every few seconds.
/// </summary>
public sealed class DeskLive(
    StoryEventHub events,
    IStoryStore store,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IAntiforgery antiforgery,
    QueueRows rows,
    DeskOptions options)
{
    public async Task StreamAsync(HttpContext http)
    {
        var after = Sequence(http.Request.Headers["Last-Event-ID"]) ?? Sequence(http.Request.Query["after"]) ?? events.LastSequence;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var token = stop.Token;
        var frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var heldSeen = await NewestHeldAsync(0, token) is { Count: > 0 } held ? held.Max() : 0;

        var listen = Task.Run(async () =>
        {
            await foreach (var e in events.ListenAsync(after, token))
                frames.Writer.TryWrite($"id: {e.Sequence}\nevent: story\ndata: {{\"kind\":\"{e.Kind.ToString().ToLowerInvariant()}\",\"id\":{e.StoryId}}}\n\n");
        }, token);
        var tick = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(options.HeldPoll);
            var sinceBeat = TimeSpan.Zero;
            while (await timer.WaitForNextTickAsync(token))
            {
                foreach (var id in await NewestHeldAsync(heldSeen, token))
                {
                    heldSeen = Math.Max(heldSeen, id);
                    frames.Writer.TryWrite($"event: story\ndata: {{\"kind\":\"held\",\"id\":{id}}}\n\n");
                }
                sinceBeat += options.HeldPoll;
                if (sinceBeat < options.Heartbeat) continue;
                sinceBeat = TimeSpan.Zero;
                frames.Writer.TryWrite(": keep-alive\n\n");
            }
        }, token);

        try
        {
            await http.Response.WriteAsync("retry: 3000\n\n", token);
            await http.Response.Body.FlushAsync(token);
            await foreach (var frame in frames.Reader.ReadAllAsync(token))
            {
                await http.Response.WriteAsync(frame, Encoding.UTF8, token);
                await http.Response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The editor left or the server is stopping.
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(listen, tick).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>The queue row of a story for the given filters: 200 with the row and the table it goes in, or 204.</summary>
    public async Task<IResult> RowAsync(HttpContext http, long id, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(id, cancellationToken);
        var filter = QueueFilter.From(http.Request.Query);
        if (story is null || !Matches(filter, story)) return Results.NoContent();
        var html = new StringBuilder(2048);
        var form = DeskResponses.Form(http, antiforgery);
        var back = "/desk" + filter.QueryString();
        var now = time.GetUtcNow();
        string table;
        if (story.State == StoryState.Published && !story.Reviewed)
        {
            rows.Unreviewed(html, story, now, http.User, form, back);
            table = "unreviewed";
        }
        else if (story.State is StoryState.Held or StoryState.Withheld)
        {
            rows.Held(html, story, now, http.User, form, back);
            table = "held";
        }
        else
        {
            return Results.NoContent();
        }
        http.Response.Headers["X-Desk-Table"] = table;
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static bool Matches(QueueFilter filter, StoredStory story) =>
        (filter.Source is null || string.Equals(filter.Source, story.Source, StringComparison.OrdinalIgnoreCase))
        && (filter.Section is null || string.Equals(filter.Section, story.Section, StringComparison.OrdinalIgnoreCase))
        && (filter.Urgency is null || story.Current.Urgency is { } u && u <= filter.Urgency);

    private async Task<IReadOnlyList<long>> NewestHeldAsync(long afterId, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(new StoryQuery { States = [StoryState.Held], Limit = 20 }, cancellationToken)).Select(s => s.Id).Where(i => i > afterId).Order()];

    private static long? Sequence(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
