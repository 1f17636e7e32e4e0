using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Drop;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Polling;
using WireDesk.Ingest.Push;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Composition;

/// <summary>The transports and the inbox worker, as hosted services started by <c>serve</c>.</summary>
public static class TransportRegistration
{
    /// <param name="websub">The "WebSub" configuration section: CallbackBase (our public URL as hubs reach it), LeaseSeconds.</param>
    public static IServiceCollection AddWireDeskTransports(this IServiceCollection services, Workspace workspace, IConfiguration? websub = null)
    {
        services.AddSingleton(workspace.Pipeline);
        services.AddSingleton(workspace.Inbox);
        services.AddSingleton(workspace.SourceStatus);
        services.AddSingleton(workspace.InboxSignal);
        services.AddSingleton(workspace.Metrics);
        services.AddSingleton(workspace.Health);
        services.AddSingleton(new PushOptions());
        services.AddSingleton(sp => new PushCredentials(Environment.GetEnvironmentVariable, workspace.Time, sp.GetRequiredService<PushOptions>()));
        services.AddSingleton(new ContentRecognizer(workspace.Reader));
        services.AddSingleton<IPushIntake>(sp => new PushIntake(workspace.Sources, workspace.Inbox, workspace.InboxSignal,
            sp.GetRequiredService<PushCredentials>(), sp.GetRequiredService<ContentRecognizer>(), workspace.Time,
            sp.GetRequiredService<PushOptions>(), workspace.Metrics));
        services.AddSingleton<InboxWorker>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboxWorker>());
        services.AddHostedService<SourceHealthFlusher>();
        services.AddSingleton(workspace.Sources);
        services.AddHostedService(sp => new SourcesFileWatcher(workspace.SourcesPath, workspace.Sources, TimeProvider.System,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SourcesFileWatcher>>()));
        services.AddSingleton(new DropFolderOptions { DataDirectory = workspace.DataDirectory });
        services.AddHostedService<DropFolderWatcher>();
        services.AddSingleton(new PollOptions());
        services.AddSingleton(WebSubOptionsFrom(websub));
        services.AddSingleton(sp => new HubClient(sp.GetRequiredService<PollOptions>()));
        services.AddSingleton(sp => new WebSubSubscriber(workspace.Sources, workspace.Inbox, workspace.InboxSignal,
            sp.GetRequiredService<HubClient>(), workspace.Time, sp.GetRequiredService<WebSubOptions>(),
            Path.Combine(workspace.DataDirectory, WebSubOptions.FileName), workspace.Metrics,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WebSubSubscriber>>()));
        services.AddSingleton<IWebSubCallback>(sp => sp.GetRequiredService<WebSubSubscriber>());
        services.AddHostedService(sp => new WebSubService(sp.GetRequiredService<WebSubSubscriber>(), workspace.Time,
            sp.GetRequiredService<WebSubOptions>(), sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WebSubService>>()));
        services.AddSingleton(sp => new FeedPoller(workspace.Pipeline, workspace.SourceStatus, workspace.Time, sp.GetRequiredService<PollOptions>(),
            sp.GetRequiredService<WebSubSubscriber>()));
        services.AddHostedService<PollingService>();
        services.AddSingleton<ISourceHealthQuery>(sp => new SourceHealthQuery(workspace.Sources, workspace.SourceStatus, workspace.Time,
            _ => Task.FromResult(sp.GetRequiredService<WebSubSubscriber>().Subscriptions)));
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(IngestMetrics.MeterName).AddPrometheusExporter());
        return services;
    }

    private static WebSubOptions WebSubOptionsFrom(IConfiguration? section)
    {
        var options = new WebSubOptions();
        if (section?["CallbackBase"] is { Length: > 0 } callback)
            options = options with
            {
                CallbackBase = Uri.TryCreate(callback, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                    ? url
                    : throw new InvalidOperationException($"WebSub:CallbackBase '{callback}' is not an absolute http(s) URL"),
            };
        if (section?["LeaseSeconds"] is { Length: > 0 } lease && int.TryParse(lease, out var seconds) && seconds > 0)
            options = options with { LeaseSeconds = seconds };
        return options;
    }
}
