using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>The reader's pages. Every lookup goes through <see cref="Visibility"/>: what a reader may see now.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpContext http, string? after, SitePages pages, CancellationToken ct) =>
            pages.ListingAsync(http, new StoryQuery(), "Latest news", null, after, isHome: true, ct));
        routes.MapGet("/section/{name}", (HttpContext http, string name, string? after, SitePages pages, CancellationToken ct) =>
            pages.ListingAsync(http, new StoryQuery { Section = pages.SectionTitle(name) }, pages.SectionTitle(name), null, after, isHome: false, ct));
        routes.MapGet("/agency/{name}", (HttpContext http, string name, string? after, SitePages pages, CancellationToken ct) =>
            pages.ListingAsync(http, new StoryQuery { Agency = name }, $"News from {name.ToUpperInvariant()}",
                $"Stories as sent by {name.ToUpperInvariant()}.", after, isHome: false, ct));
        routes.MapGet("/{slug}-{id:long}", (HttpContext http, string slug, long id, SitePages pages, CancellationToken ct) =>
            pages.ArticleAsync(http, slug, id, ct));
        routes.MapGet("/assets/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Assets.SiteCss, "text/css; charset=utf-8");
        });
        return routes;
    }

    /// <summary>Keyset cursor for "older stories": the last story's published instant (unix ms) and id.</summary>
    public static (DateTimeOffset, long)? ParseCursor(string? after)
    {
        if (after is null) return null;
        var dash = after.IndexOf('.');
        return dash > 0
               && long.TryParse(after[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
               && long.TryParse(after[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (DateTimeOffset.FromUnixTimeMilliseconds(ms), id)
            : null;
    }

    public static string Cursor(StoredStory story) =>
        $"{(story.PublishedAt ?? story.ReceivedAt).ToUnixTimeMilliseconds()}.{story.Id}";
}
