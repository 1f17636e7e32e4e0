using WireDesk.Core.Desk;

namespace WireDesk.Core.Ports;

/// <summary>What the editors' desk reads across stories and deliveries, and its own log of account and source changes.</summary>
public interface IDeskLog
{
    /// <summary>Audit entries of all stories, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Deliveries whose processing failed (status 'failed'), newest first.</summary>
    Task<IReadOnlyList<FailedDelivery>> ListFailedDeliveriesAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Delivery counts and last receipt and error per source, counting receipts since <paramref name="since"/> apart.</summary>
    Task<IReadOnlyList<SourceReceipts>> ListSourceReceiptsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task AddDeskChangeAsync(DeskChange change, CancellationToken cancellationToken);

    /// <summary>Changes to sources and accounts, newest first.</summary>
    Task<IReadOnlyList<DeskChange>> ListDeskChangesAsync(int limit, CancellationToken cancellationToken);
}
