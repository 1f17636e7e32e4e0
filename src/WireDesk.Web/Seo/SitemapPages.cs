using System.Globalization;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Caching;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Seo;

/// <summary>
/// /sitemap.xml (index), /sitemap-news.xml (+ -2, -3 ...: the last 48 hours, at most 1,000 URLs a file), monthly archive
/// sitemaps /sitemap-archive-YYYY-MM.xml (at most 50,000 URLs), and /robots.txt. All through the "visible now" rule,
/// without the sources marked noindex.
/// </summary>
public sealed class SitemapPages(IStoryStore store, ISourceCatalog sources, TimeProvider time, SiteUrls urls, SitemapWriter writer)
{
    public const int NewsPerFile = 1000;
    public const int ArchivePerFile = 50_000;
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    private const string XmlType = "application/xml; charset=utf-8";
    private static readonly IReadOnlyList<string> Keys = ["sitemaps"];

    public async Task<IResult> IndexAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var origin = urls.Origin(http);
        var news = await NewsStoriesAsync(now, cancellationToken);
        var files = new List<(string, DateTimeOffset?)>();
        for (var part = 1; part == 1 || (part - 1) * NewsPerFile < news.Count; part++)
            files.Add((origin + NewsPath(part), news.Skip((part - 1) * NewsPerFile).Take(NewsPerFile).Select(Changed).Max()));

        var oldest = await store.ListAsync(new StoryQuery { VisibleAt = now, OldestFirst = true, Limit = 1 }, cancellationToken);
        var newest = await store.ListAsync(new StoryQuery { VisibleAt = now, Limit = 1 }, cancellationToken);
        if (oldest.Count > 0)
        {
            var last = MonthStart(Listed(newest[0]));
            for (var month = MonthStart(Listed(oldest[0])); month <= last; month = month.AddMonths(1))
                files.Add((origin + $"/sitemap-archive-{SitemapWriter.Month(month)}.xml", month == last ? Changed(newest[0]) : null));
        }
        return new Rendered(StatusCodes.Status200OK, XmlType, writer.Index(files)) { SurrogateKeys = Keys, LastModified = newest.Select(Changed).FirstOrDefault() };
    }

    public async Task<IResult> NewsAsync(HttpContext http, int part, CancellationToken cancellationToken)
    {
        var news = await NewsStoriesAsync(time.GetUtcNow(), cancellationToken);
        if (part < 1 || (part > 1 && (part - 1) * NewsPerFile >= news.Count)) return Results.NotFound();
        var slice = news.Skip((part - 1) * NewsPerFile).Take(NewsPerFile).ToList();
        return new Rendered(StatusCodes.Status200OK, XmlType, writer.News(urls.Origin(http), slice))
        {
            SurrogateKeys = Keys,
            LastModified = slice.Select(Changed).Max(),
        };
    }

    public async Task<IResult> ArchiveAsync(HttpContext http, string month, CancellationToken cancellationToken)
    {
        if (!DateTimeOffset.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
            return Results.NotFound();
        start = new DateTimeOffset(start.UtcDateTime, TimeSpan.Zero);
        var end = start.AddMonths(1);
        // Newest first from just before the next month (the store keeps microseconds: 10 ticks).
        var stories = await store.ListAsync(new StoryQuery
        {
            VisibleAt = time.GetUtcNow(),
            Since = start,
            After = (end.AddTicks(-10), long.MaxValue),
            Limit = ArchivePerFile,
        }, cancellationToken);
        var indexed = stories.Where(Indexable).ToList();
        return new Rendered(StatusCodes.Status200OK, XmlType, writer.Archive(urls.Origin(http), indexed))
        {
            SurrogateKeys = Keys,
            LastModified = indexed.Select(Changed).DefaultIfEmpty(null).Max(),
        };
    }

    public IResult Robots(HttpContext http)
    {
        var origin = urls.Origin(http);
        var text = $"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {origin}/sitemap.xml\nSitemap: {origin}/sitemap-news.xml\n";
        return Rendered.Text(StatusCodes.Status200OK, "text/plain; charset=utf-8", text) with { SurrogateKeys = Keys };
    }

    public static string NewsPath(int part) => part == 1 ? "/sitemap-news.xml" : $"/sitemap-news-{part}.xml";

    /// <summary>The visible, indexable stories published in the last 48 hours, newest first.</summary>
    private async Task<List<StoredStory>> NewsStoriesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stories = await store.ListAsync(new StoryQuery { VisibleAt = now, Since = now - NewsWindow, Limit = ArchivePerFile }, cancellationToken);
        return [.. stories.Where(s => Indexable(s) && s.PublishedAt is { } p && p >= now - NewsWindow)];
    }

    private bool Indexable(StoredStory story) => !sources.PolicyFor(story.Source).NoIndex;

    private static DateTimeOffset? Changed(StoredStory story) => story.ModifiedAt ?? story.PublishedAt;

    private static DateTimeOffset Listed(StoredStory story) => story.PublishedAt ?? story.ReceivedAt;

    private static DateTimeOffset MonthStart(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
