using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Ports;
using WireDesk.Web;

namespace WireDesk.Composition;

/// <summary>Builds the web host over a workspace: the reader site now, the APIs and transports as they come.</summary>
public static class WireDeskServer
{
    public static WebApplication Build(Workspace workspace, string urls, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = workspace.DataDirectory });
        builder.Configuration
            .AddJsonFile(Path.Combine(workspace.DataDirectory, "site.json"), optional: true)
            .AddEnvironmentVariables("WIREDESK_");
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var site = builder.Configuration.GetSection("Site").Get<SiteOptions>() ?? new SiteOptions();

        builder.Services.AddSingleton(workspace);
        builder.Services.AddSingleton(workspace.Store);
        builder.Services.AddSingleton<ISourceCatalog>(workspace.Sources);
        builder.Services.AddSingleton(workspace.Time);
        builder.Services.AddSingleton(workspace.Events);
        builder.Services.AddSingleton(workspace.Editor);
        builder.Services.AddWireDeskSite(site);
        builder.Services.AddHostedService<EmbargoService>();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapWireDeskSite();
        return app;
    }
}
