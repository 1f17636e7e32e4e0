using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WireDesk.Web.Seo;

public static class SeoEndpoints
{
    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/robots.txt", (HttpContext http, SitemapPages pages) => pages.Robots(http)).ExcludeFromDescription();
        routes.MapGet("/sitemap.xml", (HttpContext http, SitemapPages pages, CancellationToken ct) => pages.IndexAsync(http, ct)).ExcludeFromDescription();
        routes.MapGet("/sitemap-news.xml", (HttpContext http, SitemapPages pages, CancellationToken ct) => pages.NewsAsync(http, 1, ct)).ExcludeFromDescription();
        routes.MapGet("/sitemap-news-{part:int}.xml", (HttpContext http, int part, SitemapPages pages, CancellationToken ct) =>
            pages.NewsAsync(http, part, ct)).ExcludeFromDescription();
        routes.MapGet("/sitemap-archive-{month}.xml", (HttpContext http, string month, SitemapPages pages, CancellationToken ct) =>
            pages.ArchiveAsync(http, month, ct)).ExcludeFromDescription();
        return routes;
    }
}
