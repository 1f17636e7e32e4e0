using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Drop;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Polling;
using WireDesk.Ingest.Push;

namespace WireDesk.Composition;

/// <summary>The transports and the inbox worker, as hosted services started by <c>serve</c>.</summary>
public static class TransportRegistration
{
    public static IServiceCollection AddWireDeskTransports(this IServiceCollection services, Workspace workspace)
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
        services.AddSingleton(new DropFolderOptions { DataDirectory = workspace.DataDirectory });
        services.AddHostedService<DropFolderWatcher>();
        services.AddSingleton(new PollOptions());
        services.AddSingleton(sp => new FeedPoller(workspace.Pipeline, workspace.SourceStatus, workspace.Time, sp.GetRequiredService<PollOptions>()));
        services.AddHostedService<PollingService>();
        services.AddSingleton<ISourceHealthQuery>(new SourceHealthQuery(workspace.Sources, workspace.SourceStatus, workspace.Time));
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(IngestMetrics.MeterName).AddPrometheusExporter());
        return services;
    }
}
