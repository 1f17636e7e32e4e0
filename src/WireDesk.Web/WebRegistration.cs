using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Web.Transports;
using WireDesk.Web.Rendering;
using WireDesk.Web.Site;

namespace WireDesk.Web;

public static class WebRegistration
{
    /// <summary>The reader site's services. The store, the source catalog and a TimeProvider come from the host.</summary>
    public static IServiceCollection AddWireDeskSite(this IServiceCollection services, SiteOptions site)
    {
        services.AddSingleton(site);
        services.AddSingleton<SiteClock>();
        services.AddSingleton<Layout>();
        services.AddSingleton<StoryList>();
        services.AddSingleton<ArticlePage>();
        services.AddSingleton<ListingPage>();
        services.AddSingleton<ErrorPages>();
        services.AddSingleton<SitePages>();
        return services;
    }

    public static IEndpointRouteBuilder MapWireDeskSite(this IEndpointRouteBuilder routes) => routes.MapSitePages();

    /// <summary>Transport endpoints: push ingest and source health; the host registers IPushIntake and ISourceHealthQuery.</summary>
    public static IEndpointRouteBuilder MapWireDeskTransports(this IEndpointRouteBuilder routes) => routes.MapPushIngest().MapSourceHealth();
}
