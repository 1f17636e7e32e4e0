using System.Text.Json;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class StreamTests
{
    [Fact]
    public async Task The_stream_sends_published_updated_withheld_and_killed_and_resumes_after_last_event_id()
    {
        await using var site = await TestSite.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await using (var stream = await SseReader.OpenAsync(site.Http, "/api/v1/stream", null, timeout.Token))
        {
            var story = await site.Stories.PublishAsync("Streamed story");
            var published = await stream.NextAsync(timeout.Token);
            Assert.Equal("published", published.Event);
            Assert.Equal(story.Id, published.Data.GetProperty("id").GetInt64());
            Assert.EndsWith(story.Path, published.Data.GetProperty("url").GetString());

            site.Clock.Advance(TimeSpan.FromMinutes(1));
            await site.Stories.UpdateAsync(story, "Streamed story, updated", "More.");
            Assert.Equal("updated", (await stream.NextAsync(timeout.Token)).Event);
        }

        // While the reader is away: a withhold and a kill.
        var last = site.Workspace.Events.LastSequence;
        var other = await site.Stories.PublishAsync("Another story");
        await site.Workspace.Editor.WithholdAsync(other.Id, "desk", "check", CancellationToken.None);
        await site.Workspace.Editor.KillAsync(other.Id, "desk", "legal", CancellationToken.None);

        await using var resumed = await SseReader.OpenAsync(site.Http, "/api/v1/stream", last.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout.Token);
        var missed = new[] { await resumed.NextAsync(timeout.Token), await resumed.NextAsync(timeout.Token), await resumed.NextAsync(timeout.Token) };
        Assert.Equal(["published", "withheld", "killed"], missed.Select(e => e.Event));
        Assert.Equal([last + 1, last + 2, last + 3], missed.Select(e => e.Id));
        var killed = missed[2];
        Assert.Equal(other.Id, killed.Data.GetProperty("id").GetInt64());
        Assert.Equal("killed", killed.Data.GetProperty("event").GetString());
    }

    [Fact]
    public async Task An_event_id_from_before_a_restart_replays_everything_the_new_process_holds()
    {
        await using var site = await TestSite.StartAsync();
        var story = await site.Stories.PublishAsync("After restart");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var stream = await SseReader.OpenAsync(site.Http, "/api/v1/stream", "987654", timeout.Token);
        var e = await stream.NextAsync(timeout.Token);
        Assert.Equal(1, e.Id);
        Assert.Equal(story.Id, e.Data.GetProperty("id").GetInt64());
    }
}

/// <summary>A minimal server-sent events client over HttpClient: id, event and data fields, blank line ends an event.</summary>
internal sealed class SseReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<SseReader> OpenAsync(HttpClient http, string path, string? lastEventId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new SseReader(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken)));
    }

    public async Task<(long Id, string Event, JsonElement Data)> NextAsync(CancellationToken cancellationToken)
    {
        long id = 0;
        string? kind = null, data = null;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null) return (id, kind ?? "message", JsonDocument.Parse(data).RootElement);
                continue;
            }
            if (line.StartsWith("id: ", StringComparison.Ordinal)) id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) kind = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
        throw new EndOfStreamException("the stream ended");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
