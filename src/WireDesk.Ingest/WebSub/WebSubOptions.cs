namespace WireDesk.Ingest.WebSub;

public sealed record WebSubOptions
{
    public const string FileName = "websub.json";

    /// <summary>
    /// Our public base URL as hubs reach it (the callback is {base}/websub/{id}); null turns subscribing off, since a
    /// hub could not call us back.
    /// </summary>
    public Uri? CallbackBase { get; init; }

    /// <summary>The lease we ask for; the hub may grant another, and we renew by what it granted.</summary>
    public int LeaseSeconds { get; init; } = 10 * 24 * 3600;

    /// <summary>Renew when this share of the granted lease is left.</summary>
    public double RenewWhenLeft { get; init; } = 0.1;

    /// <summary>A request the hub accepted but never verified is asked again after this.</summary>
    public TimeSpan VerifyTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>After a failed request, wait this, doubled per consecutive failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    public long MaxBodyBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>How often the renewal loop looks when nothing is due sooner.</summary>
    public TimeSpan IdleCheck { get; init; } = TimeSpan.FromMinutes(1);
}
