using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Web.Api;
using WireDesk.Web.AppLinks;
using WireDesk.Web.Caching;
using WireDesk.Web.Feeds;
using WireDesk.Web.Ingest;
using WireDesk.Web.Rendering;
using WireDesk.Web.Seo;
using WireDesk.Web.Site;

namespace WireDesk.Web;

public static class WebRegistration
{
    /// <summary>
    /// The reader surfaces' services: site, SEO, feeds, app API and stream, app links, caching. The store, the source
    /// catalog, the <see cref="Core.Events.StoryEventHub"/> and a TimeProvider come from the host.
    /// </summary>
    public static IServiceCollection AddWireDeskSite(this IServiceCollection services, SiteOptions site)
    {
        services.AddSingleton(site);
        services.AddSingleton<SiteClock>();
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<Layout>();
        services.AddSingleton<StoryList>();
        services.AddSingleton<HomePage>();
        services.AddSingleton<ArticlePage>();
        services.AddSingleton<ArticleJsonLd>();
        services.AddSingleton<SocialTags>();
        services.AddSingleton<ListingPage>();
        services.AddSingleton<ErrorPages>();
        services.AddSingleton<SitePages>();
        services.AddSingleton<SitemapWriter>();
        services.AddSingleton<SitemapPages>();
        services.AddSingleton<SyndicationWriter>();
        services.AddSingleton<JsonFeedWriter>();
        services.AddSingleton<FeedPages>();
        services.AddSingleton<NinjsWriter>();
        services.AddSingleton<StoryApi>();
        services.AddSingleton<StoryStream>();
        services.AddSingleton<ResponseCache>();
        services.AddHostedService<CacheInvalidator>();
        services.AddHostedService<PurgeNotifier>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = $"{site.Name} story API";
            document.Info.Description = "Agency stories as IPTC ninjs, with cursor paging, ETags and a live event stream.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>
    /// The reader surfaces' middleware: CORS for the API, then the response cache (it answers before routing), then
    /// routing. Call first; the desk's authentication follows it.
    /// </summary>
    public static WebApplication UseWireDeskSite(this WebApplication app)
    {
        app.UseMiddleware<ApiCors>();
        app.UseMiddleware<ResponseCacheMiddleware>();
        app.UseRouting();
        return app;
    }

    /// <summary>Every reader surface: API and stream, feeds, sitemaps, app links, pages. OpenAPI at /openapi/v1.json.</summary>
    public static IEndpointRouteBuilder MapWireDeskSite(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi("/openapi/{documentName}.json");
        routes.MapStoryApi();
        routes.MapFeeds();
        routes.MapSeo();
        routes.MapAppLinks();
        routes.MapSitePages();
        return routes;
    }

    /// <summary>Transport endpoints: push ingest and source health; the host registers IPushIntake and ISourceHealthQuery.</summary>
    public static IEndpointRouteBuilder MapWireDeskTransports(this IEndpointRouteBuilder routes) => routes.MapPushIngest().MapSourceHealth();
}
