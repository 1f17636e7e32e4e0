using WireDesk.Core.Desk;
using WireDesk.Core.Ports;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage;

/// <summary>The desk's reads across stories and deliveries, and its log of source and account changes.</summary>
public abstract partial class SqlStoryStore : IDeskLog
{
    public Task<IReadOnlyList<AuditRecord>> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => DeskLogQueries.ListAuditAsync(session, query, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<FailedDelivery>> ListFailedDeliveriesAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync(session => DeskLogQueries.ListFailedDeliveriesAsync(session, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SourceReceipts>> ListSourceReceiptsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadAsync(session => DeskLogQueries.ListSourceReceiptsAsync(session, since, cancellationToken), cancellationToken);

    public Task AddDeskChangeAsync(DeskChange change, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await DeskLogQueries.InsertChangeAsync(session, change, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<DeskChange>> ListDeskChangesAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync(session => DeskLogQueries.ListChangesAsync(session, limit, cancellationToken), cancellationToken);
}
