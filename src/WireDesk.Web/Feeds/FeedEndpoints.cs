using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WireDesk.Web.Feeds;

/// <summary>/feed.xml /atom.xml /feed.json, and the same under /section/{name}/ and /agency/{name}/.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder routes)
    {
        foreach (var (file, format) in new[] { ("feed.xml", FeedPages.Format.Rss), ("atom.xml", FeedPages.Format.Atom), ("feed.json", FeedPages.Format.Json) })
        {
            routes.MapGet($"/{file}", (HttpContext http, FeedPages feeds, CancellationToken ct) =>
                feeds.FeedAsync(http, feeds.SiteWide, format, ct)).ExcludeFromDescription();
            routes.MapGet($"/section/{{name}}/{file}", (HttpContext http, string name, FeedPages feeds, CancellationToken ct) =>
                feeds.FeedAsync(http, feeds.Section(name), format, ct)).ExcludeFromDescription();
            routes.MapGet($"/agency/{{name}}/{file}", (HttpContext http, string name, FeedPages feeds, CancellationToken ct) =>
                feeds.FeedAsync(http, feeds.Agency(name), format, ct)).ExcludeFromDescription();
        }
        return routes;
    }
}
