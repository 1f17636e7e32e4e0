using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using WireDesk.Core.Health;
using WireDesk.Core.Ports;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Polling;

/// <summary>
/// Polls one feed or agency API once: a conditional GET with the stored ETag / Last-Modified, the body read up to a
/// cap and ingested (keyed by its hash, so an unchanged body served again is the same delivery), and the next poll
/// time: the source's interval, pushed back by Cache-Control max-age, an RSS ttl or a Retry-After, and after failures
/// doubled per consecutive failure with jitter up to a cap. Failures are recorded on the source's health.
/// </summary>
public sealed partial class FeedPoller(
    IngestPipeline pipeline,
    ISourceStatusStore status,
    TimeProvider time,
    PollOptions options,
    WebSub.WebSubSubscriber? websub = null) : IDisposable
{
    private readonly Lazy<HttpClient> _public = new(() => PollHttp.Create(options, allowPrivateNetwork: false));
    private readonly Lazy<HttpClient> _private = new(() => PollHttp.Create(options, allowPrivateNetwork: true));
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PollState> _states = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seeds validators and failure counts from the store (after a restart).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var s in await status.ListStatusAsync(time.GetUtcNow(), cancellationToken))
        {
            _states[s.Source] = s.Poll;
            _failures[s.Source] = s.ConsecutiveFailures;
        }
    }

    public PollState StateOf(string source) => _states.GetValueOrDefault(source) ?? new PollState(null, null, null);

    public async Task<PollResult> PollOnceAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, source.IntervalSeconds));
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return await FailAsync(source, null, $"url '{source.Url}' is not an absolute http(s) URL", interval, null, cancellationToken);

        var gate = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(options.MaxConcurrentPerHost));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await FetchAsync(source, url, interval, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PollResult> FetchAsync(SourceDefinition source, Uri url, TimeSpan interval, CancellationToken cancellationToken)
    {
        var state = StateOf(source.Name);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (state.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (state.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        var client = source.AllowPrivateNetwork ? _private.Value : _public.Value;

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return await FailAsync(source, null, $"GET {url}: {Describe(e)}", interval, null, cancellationToken);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfter(response);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return await SucceedAsync(source, state, response, interval, 304, ingested: false, ttl: null, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return await FailAsync(source, status, $"GET {url}: HTTP {status} {response.ReasonPhrase}", interval, retryAfter, cancellationToken);

            var body = await ReadCappedAsync(response, cancellationToken);
            if (body is null)
                return await FailAsync(source, status, $"GET {url}: response over {options.MaxResponseBytes} bytes", interval, null, cancellationToken);

            var key = "poll:" + Convert.ToHexStringLower(SHA256.HashData(body));
            var contentType = response.Content.Headers.ContentType?.ToString();
            var report = await pipeline.IngestAsync(new SourceDocument(body, contentType, url.ToString()), source.Name, "poll", key, cancellationToken);
            if (websub is not null && !report.Failed)
            {
                var fetched = response.RequestMessage?.RequestUri ?? url;
                var links = response.Headers.TryGetValues("Link", out var values) ? values : [];
                await websub.NoteFeedAsync(source, WebSub.HubDiscovery.Discover(fetched, links, body), fetched, cancellationToken);
            }
            if (report.Failed)
                return await FailAsync(source, status, string.Join("; ", report.Errors.Select(e => e.Message)), interval,
                    Max(response.Headers.CacheControl?.MaxAge ?? TimeSpan.Zero, RssTtl(body)), cancellationToken, keepValidators: response);
            return await SucceedAsync(source, state, response, interval, status, ingested: !report.Repeated, RssTtl(body), cancellationToken);
        }
    }

    private async Task<PollResult> SucceedAsync(SourceDefinition source, PollState state, HttpResponseMessage response, TimeSpan interval,
        int httpStatus, bool ingested, TimeSpan? ttl, CancellationToken cancellationToken)
    {
        _failures[source.Name] = 0;
        var next = Max(interval, response.Headers.CacheControl?.MaxAge, ttl, RetryAfter(response));
        var etag = response.Headers.ETag?.ToString() ?? state.ETag;
        var modified = response.Content.Headers.LastModified?.ToString("R") ?? state.LastModified;
        await SaveAsync(source.Name, new PollState(etag, modified, time.GetUtcNow() + next), cancellationToken);
        await status.RecordSuccessAsync(source.Name, time.GetUtcNow(), cancellationToken);
        return new PollResult(httpStatus, ingested, next, null);
    }

    /// <param name="notBefore">A wait the server asked for (Retry-After, max-age, ttl): the backoff never polls sooner.</param>
    private async Task<PollResult> FailAsync(SourceDefinition source, int? httpStatus, string error, TimeSpan interval, TimeSpan? notBefore,
        CancellationToken cancellationToken, HttpResponseMessage? keepValidators = null)
    {
        var failures = _failures.AddOrUpdate(source.Name, 1, (_, n) => n + 1);
        var backoff = TimeSpan.FromTicks((long)Math.Min(options.MaxBackoff.Ticks, interval.Ticks * Math.Pow(2, Math.Min(failures, 20))));
        var jittered = backoff * (0.8 + Random.Shared.NextDouble() * 0.4);
        var next = Max(jittered > options.MaxBackoff ? options.MaxBackoff : jittered, notBefore);
        var state = StateOf(source.Name);
        if (keepValidators is not null)
            state = state with
            {
                ETag = keepValidators.Headers.ETag?.ToString() ?? state.ETag,
                LastModified = keepValidators.Content.Headers.LastModified?.ToString("R") ?? state.LastModified,
            };
        await SaveAsync(source.Name, state with { NextAt = time.GetUtcNow() + next }, cancellationToken);
        await status.RecordFailureAsync(source.Name, error, time.GetUtcNow(), cancellationToken);
        return new PollResult(httpStatus, false, next, error);
    }


    private async Task SaveAsync(string source, PollState state, CancellationToken cancellationToken)
    {
        _states[source] = state;
        await status.SavePollStateAsync(source, state, cancellationToken);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > options.MaxResponseBytes) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxResponseBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // RSS 2.0 <ttl>: minutes the channel may be cached. Read from the head of the document only.
    private static TimeSpan? RssTtl(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 65536));
        var match = TtlPattern().Match(head);
        return match.Success && int.TryParse(match.Groups[1].Value, out var minutes) && minutes is > 0 and < 100_000
            ? TimeSpan.FromMinutes(minutes)
            : null;
    }

    [GeneratedRegex(@"<ttl>\s*(\d{1,6})\s*</ttl>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TtlPattern();

    private static TimeSpan Max(TimeSpan first, params TimeSpan?[] others) =>
        others.Aggregate(first, (max, t) => t is { } v && v > max ? v : max);

    private static string Describe(Exception e) => e switch
    {
        Polly.Timeout.TimeoutRejectedException or TimeoutException or OperationCanceledException => "timed out",
        _ => e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message,
    };

    public void Dispose()
    {
        if (_public.IsValueCreated) _public.Value.Dispose();
        if (_private.IsValueCreated) _private.Value.Dispose();
    }
}
