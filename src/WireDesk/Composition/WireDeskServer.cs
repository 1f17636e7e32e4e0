using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireDesk.Core.Ports;
using WireDesk.Web;
using WireDesk.Web.Desk;

namespace WireDesk.Composition;

/// <summary>Builds the web host over a workspace: the reader site and the editors' desk, the APIs and transports as they come.</summary>
public static class WireDeskServer
{
    public static WebApplication Build(Workspace workspace, string urls, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = workspace.DataDirectory,
            // Watching appsettings.json for changes watches the whole content root, the data folder, drop folders
            // included: every file an agency drops and every move to processed/ would wake that watcher (measured:
            // a sixth of the CPU of a drop-folder run).
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(workspace.DataDirectory, "site.json"), optional: true)
            .AddEnvironmentVariables("WIREDESK_");
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The desk's cookie keys sit in the data folder beside the database, which is no less sensitive; the warning that
        // they are not encrypted at rest would repeat at every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddDataProtection()
            .SetApplicationName("WireDesk")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(workspace.DataDirectory, "keys")));
        var site = SiteOptionsBinder.Bind(builder.Configuration.GetSection("Site"));

        builder.Services.AddSingleton(workspace);
        builder.Services.AddSingleton(workspace.Store);
        builder.Services.AddSingleton<ISourceCatalog>(workspace.Sources);
        builder.Services.AddSingleton(workspace.Time);
        builder.Services.AddSingleton(workspace.Events);
        builder.Services.AddSingleton(workspace.Editor);
        builder.Services.AddSingleton(workspace.Users);
        builder.Services.AddSingleton(workspace.DeskLog);
        builder.Services.AddSingleton(workspace.SourceSettings);
        builder.Services.AddWireDeskSite(site);
        builder.Services.AddWireDeskTransports(workspace, builder.Configuration.GetSection("WebSub"));
        builder.Services.AddWireDeskDesk(builder.Configuration.GetSection("Desk").Get<DeskOptions>());
        builder.Services.AddHostedService<EmbargoService>();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        // Order matters: cached reader pages first, then routing, then the desk's authentication and authorization,
        // which need the endpoint routing chose.
        app.UseWireDeskSiteCache();
        app.UseRouting();
        app.UseWireDeskDesk();
        app.MapWireDeskTransports();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapDesk();
        app.MapWireDeskSite();
        return app;
    }
}
