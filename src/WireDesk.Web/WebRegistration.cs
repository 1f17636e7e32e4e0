using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Web.Transports;
using WireDesk.Web.Api;
using WireDesk.Web.AppLinks;
using WireDesk.Web.Caching;
using WireDesk.Web.Feeds;
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
    /// Transport endpoints: push ingest, the WebSub callback and source health; the host registers IPushIntake,
    /// IWebSubCallback and ISourceHealthQuery.
    /// </summary>
    public static IEndpointRouteBuilder MapWireDeskTransports(this IEndpointRouteBuilder routes) =>
        routes.MapPushIngest().MapWebSubCallback().MapSourceHealth();

    /// <summary>Middleware that runs before routing: CORS for the API and the response cache of reader pages.</summary>
    public static IApplicationBuilder UseWireDeskSiteCache(this IApplicationBuilder app)
    {
        app.UseMiddleware<ApiCors>();
        app.UseMiddleware<ResponseCacheMiddleware>();
        return app;
    }

    /// <summary>Every reader surface; the OpenAPI document is at /openapi/v1.json.</summary>
    public static WebApplication MapWireDeskSite(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapStoryApi();
        app.MapFeeds();
        app.MapSeo();
        app.MapAppLinks();
        app.MapSitePages();
        return app;
    }
}
