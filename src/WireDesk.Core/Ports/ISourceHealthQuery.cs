using WireDesk.Core.Health;

namespace WireDesk.Core.Ports;

/// <summary>Each configured source's health, for the CLI and GET /health/sources.</summary>
public interface ISourceHealthQuery
{
    Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken cancellationToken);
}
