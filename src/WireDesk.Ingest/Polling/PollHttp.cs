using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace WireDesk.Ingest.Polling;

/// <summary>
/// The poller's HttpClient: limited redirects, no cookies, automatic decompression, a private-network guard unless
/// allowed, and a Polly pipeline from Microsoft.Extensions.Http.Resilience: retry with exponential backoff and jitter
/// on 5xx, 408 and timeouts (honouring Retry-After on those), inside it a timeout per attempt. 429 is not retried
/// here: the poller reschedules after its Retry-After instead of holding a request open.
/// </summary>
public static class PollHttp
{
    public static HttpClient Create(PollOptions options, bool allowPrivateNetwork)
    {
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = options.MaxRedirects,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.AttemptTimeout,
        };
        if (!allowPrivateNetwork) sockets.ConnectCallback = NetworkGuard.ConnectPublicOnlyAsync;

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.Retries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
                    _ => false,
                }),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        var client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = sockets })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }
}
