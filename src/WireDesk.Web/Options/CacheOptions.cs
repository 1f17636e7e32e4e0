namespace WireDesk.Web;

/// <summary>HTTP and server caching, and the CDN purge hook. Section "Site:Cache".</summary>
public sealed record CacheOptions
{
    /// <summary>
    /// max-age for browsers on pages, feeds and the API. 0 (the default) makes browsers revalidate every time (a cheap
    /// 304 with the ETag), so a kill is seen on the next view: a browser's cache is the one cache no purge can reach.
    /// </summary>
    public int BrowserSeconds { get; init; }
    /// <summary>s-maxage for CDNs, which the purge hook keeps honest.</summary>
    public int SharedSeconds { get; init; } = 300;
    /// <summary>How long the server keeps a rendered response; every story change empties the cache at once.</summary>
    public int ServerSeconds { get; init; } = 300;
    /// <summary>When set, POSTed the changed URLs and surrogate keys on every update, withhold and kill.</summary>
    public string? PurgeUrl { get; init; }
    /// <summary>Sent as "Authorization: Bearer ..." to the purge URL when set.</summary>
    public string? PurgeToken { get; init; }
}
