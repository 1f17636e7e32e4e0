using WireDesk.Core.Accounts;
using WireDesk.Core.Ports;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage;

/// <summary>The desk's accounts, in the same database as the stories.</summary>
public abstract partial class SqlStoryStore : IUserStore
{
    public Task<DeskUser> AddAsync(DeskUser user, CancellationToken cancellationToken) =>
        WriteAsync(session => UserQueries.InsertAsync(session, user, cancellationToken), cancellationToken);

    public Task<DeskUser?> FindAsync(string name, CancellationToken cancellationToken) =>
        ReadAsync(session => UserQueries.FindAsync(session, name, cancellationToken), cancellationToken);

    Task<DeskUser?> IUserStore.GetAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync(session => UserQueries.GetAsync(session, id, cancellationToken), cancellationToken);

    Task<IReadOnlyList<DeskUser>> IUserStore.ListAsync(CancellationToken cancellationToken) =>
        ReadAsync(session => UserQueries.ListAsync(session, cancellationToken), cancellationToken);

    public Task<bool> UpdateAsync(DeskUser user, CancellationToken cancellationToken) =>
        WriteAsync(session => UserQueries.UpdateAsync(session, user, cancellationToken), cancellationToken);
}
