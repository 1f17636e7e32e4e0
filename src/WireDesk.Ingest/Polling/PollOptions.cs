namespace WireDesk.Ingest.Polling;

public sealed record PollOptions
{
    /// <summary>One HTTP attempt; a slower answer counts as a failure and is retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>Retries within one poll for 5xx, 408 and timeouts, exponential with jitter from this delay.</summary>
    public int Retries { get; init; } = 2;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>After failed polls the interval doubles per consecutive failure (with jitter) up to this.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(30);
    public long MaxResponseBytes { get; init; } = 20 * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;
    public int MaxConcurrentPerHost { get; init; } = 2;
    public string UserAgent { get; init; } = "WireDesk/1.0 (+agency feed poller)";
}
