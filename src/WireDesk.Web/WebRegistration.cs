using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Web.Caching;
using WireDesk.Web.Rendering;
using WireDesk.Web.Seo;
using WireDesk.Web.Site;

namespace WireDesk.Web;

public static class WebRegistration
{
    /// <summary>
    /// The reader surfaces' services. The store, the source catalog, the <see cref="Core.Events.StoryEventHub"/> and a
    /// TimeProvider come from the host.
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
        services.AddSingleton<ResponseCache>();
        services.AddHostedService<CacheInvalidator>();
        services.AddHostedService<EmbargoWatcher>();
        services.AddHostedService<PurgeNotifier>();
        return services;
    }

    /// <summary>The middleware and endpoints: the response cache answers before routing; then every reader surface.</summary>
    public static WebApplication UseWireDeskSite(this WebApplication app)
    {
        app.UseMiddleware<ResponseCacheMiddleware>();
        app.UseRouting();
        app.MapSitePages();
        return app;
    }
}
