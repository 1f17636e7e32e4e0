using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>Answers the reader's page requests from the store, through the single "visible now" rule.</summary>
public sealed class SitePages(
    IStoryStore store,
    ISourceCatalog sources,
    SiteOptions site,
    TimeProvider time,
    ArticlePage article,
    ListingPage listing,
    ErrorPages errors)
{
    public async Task<IResult> ArticleAsync(HttpContext http, string slug, long id, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(id, cancellationToken);
        switch (Visibility.OutcomeFor(story, time.GetUtcNow()))
        {
            case ReaderOutcome.Gone:
                return Page(http, errors.Gone(), StatusCodes.Status410Gone, noIndex: true);
            case ReaderOutcome.NotFound:
                return Page(http, errors.NotFound(), StatusCodes.Status404NotFound, noIndex: true);
        }
        if (story!.Slug != slug) return Results.Redirect(story.Path, permanent: true);
        var policy = sources.PolicyFor(story.Source);
        var html = article.Render(story, policy, Absolute(http, story.Path), []);
        if (policy.NoIndex) http.Response.Headers["X-Robots-Tag"] = "noindex";
        return Page(http, html, StatusCodes.Status200OK, noIndex: false);
    }

    public async Task<IResult> ListingAsync(HttpContext http, StoryQuery filter, string heading, string? intro, string? after,
        bool isHome, CancellationToken cancellationToken)
    {
        var query = filter with { VisibleAt = time.GetUtcNow(), After = SiteEndpoints.ParseCursor(after), Limit = site.PageSize + 1 };
        var stories = await store.ListAsync(query, cancellationToken);
        var page = stories.Take(site.PageSize).ToList();
        var older = stories.Count > site.PageSize ? $"{http.Request.Path}?after={SiteEndpoints.Cursor(page[^1])}" : null;
        var html = listing.Render(heading, intro, page, older, Absolute(http, http.Request.Path + http.Request.QueryString), isHome);
        return Page(http, html, StatusCodes.Status200OK, noIndex: false);
    }

    public string SectionTitle(string name) =>
        site.Sections.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)) ?? name;

    private string Absolute(HttpContext http, string path) =>
        (site.BaseUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}") + path;

    private static IResult Page(HttpContext http, string html, int status, bool noIndex)
    {
        if (noIndex) http.Response.Headers["X-Robots-Tag"] = "noindex";
        http.Response.Headers.CacheControl = "public, max-age=15";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
