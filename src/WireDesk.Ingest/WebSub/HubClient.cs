using WireDesk.Ingest.Polling;

namespace WireDesk.Ingest.WebSub;

/// <summary>
/// Sends subscription requests to hubs (WebSub §5.1): a form POST of hub.mode, hub.topic, hub.callback,
/// hub.lease_seconds and hub.secret. Uses the poller's HTTP stack (timeouts, retries with jitter, size limits, and the
/// private-network guard unless the source allows it), since a hub URL comes from a feed and must not reach inside.
/// </summary>
public sealed class HubClient(PollOptions options) : IDisposable
{
    private readonly Lazy<HttpClient> _public = new(() => PollHttp.Create(options, allowPrivateNetwork: false));
    private readonly Lazy<HttpClient> _private = new(() => PollHttp.Create(options, allowPrivateNetwork: true));

    /// <summary>Null when the hub took the request (any 2xx, usually 202), otherwise why not.</summary>
    public async Task<string?> RequestAsync(WebSubSubscription subscription, string mode, Uri callback, int leaseSeconds,
        CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("hub.mode", mode),
            new("hub.topic", subscription.Topic.AbsoluteUri),
            new("hub.callback", callback.AbsoluteUri),
        };
        if (mode == "subscribe")
        {
            form.Add(new("hub.lease_seconds", leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            form.Add(new("hub.secret", subscription.Secret));
        }
        var client = subscription.AllowPrivateNetwork ? _private.Value : _public.Value;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await client.PostAsync(subscription.Hub, content, cancellationToken);
            if (response.IsSuccessStatusCode) return null;
            var detail = await ReadShortAsync(response, cancellationToken);
            return $"hub {subscription.Hub} answered {(int)response.StatusCode} {response.ReasonPhrase}{(detail.Length > 0 ? ": " + detail : "")}";
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return $"hub {subscription.Hub}: {(e is HttpRequestException ? e.Message : "timed out")}";
        }
    }

    private static async Task<string> ReadShortAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream);
        var buffer = new char[1024];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        var text = new string(buffer, 0, read).ReplaceLineEndings(" ").Trim();
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    public void Dispose()
    {
        if (_public.IsValueCreated) _public.Value.Dispose();
        if (_private.IsValueCreated) _private.Value.Dispose();
    }
}
