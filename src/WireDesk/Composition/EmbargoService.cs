using Microsoft.Extensions.Hosting;

namespace WireDesk.Composition;

/// <summary>Runs the workspace's embargo scheduler for as long as the server runs.</summary>
public sealed class EmbargoService(Workspace workspace) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => workspace.Embargoes.RunAsync(stoppingToken);
}
