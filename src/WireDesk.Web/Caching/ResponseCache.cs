using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Events;

namespace WireDesk.Web.Caching;

/// <summary>
/// The server's cache of rendered reader responses, keyed by host, path and query. Each entry remembers the story
/// event sequence it was rendered at and is served only while no story event has been published since, so an update,
/// withhold or kill is seen by the very next request. <see cref="CacheInvalidator"/> frees the memory on each event;
/// entries also expire after <see cref="CacheOptions.ServerSeconds"/> (time-window surfaces such as the news sitemap).
/// </summary>
public sealed class ResponseCache(SiteOptions site, TimeProvider time, StoryEventHub events)
{
    private const string SequenceItem = "wiredesk.cache.sequence";
    // Cursors and query strings are the client's to choose: bound what they can make the server keep.
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(Math.Max(0, site.Cache.ServerSeconds));

    public string DefaultCacheControl { get; } = site.Cache.BrowserSeconds > 0
        ? $"public, max-age={site.Cache.BrowserSeconds}, s-maxage={site.Cache.SharedSeconds}"
        : $"public, max-age=0, must-revalidate, s-maxage={site.Cache.SharedSeconds}";

    public int Count => _entries.Count;

    public static string KeyOf(HttpRequest request) =>
        string.Concat(request.Host.Value, request.Path.Value, request.QueryString.Value);

    public bool TryGet(HttpContext http, out Rendered rendered)
    {
        var sequence = events.LastSequence;
        if (_entries.TryGetValue(KeyOf(http.Request), out var entry) && entry.Sequence == sequence && entry.ExpiresAt > time.GetUtcNow())
        {
            rendered = entry.Rendered;
            return true;
        }
        rendered = null!;
        http.Items[SequenceItem] = sequence;
        return false;
    }

    /// <summary>Keeps a response rendered for this request, stamped with the event sequence seen before rendering began.</summary>
    public void Keep(HttpContext http, Rendered rendered)
    {
        if (_lifetime <= TimeSpan.Zero || !HttpMethods.IsGet(http.Request.Method)) return;
        if (http.Items[SequenceItem] is not long sequence || sequence != events.LastSequence) return;
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[KeyOf(http.Request)] = new Entry(rendered, sequence, time.GetUtcNow() + _lifetime);
    }

    /// <summary>Drops every entry; they could no longer be served anyway once a newer event exists.</summary>
    public void Clear() => _entries.Clear();

    private sealed record Entry(Rendered Rendered, long Sequence, DateTimeOffset ExpiresAt);
}
