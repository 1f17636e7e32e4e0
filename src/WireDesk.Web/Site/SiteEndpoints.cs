using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>The reader's pages. Every lookup goes through <see cref="Visibility"/>: what a reader may see now.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder endpoints)
    {
        // Pages are for readers, not for the API description.
        var routes = endpoints.MapGroup("").ExcludeFromDescription();
        routes.MapGet("/", (HttpContext http, SitePages pages, CancellationToken ct) => pages.HomeAsync(http, ct));
        routes.MapGet("/section/{name}", (HttpContext http, string name, string? after, SitePages pages, CancellationToken ct) =>
            pages.SectionAsync(http, name, after, ct));
        routes.MapGet("/agency/{name}", (HttpContext http, string name, string? after, SitePages pages, CancellationToken ct) =>
            pages.AgencyAsync(http, name, after, ct));
        routes.MapGet("/place/{name}", (HttpContext http, string name, string? after, SitePages pages, CancellationToken ct) =>
            pages.PlaceAsync(http, name, after, ct));
        routes.MapGet("/{slug}-{id:long}", (HttpContext http, string slug, long id, SitePages pages, CancellationToken ct) =>
            pages.ArticleAsync(http, slug, id, ct));
        routes.MapGet("/assets/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            return Results.Text(Assets.SiteCss, "text/css; charset=utf-8");
        });
        routes.MapFallback((SitePages pages) => pages.NotFound());
        return endpoints;
    }
}
