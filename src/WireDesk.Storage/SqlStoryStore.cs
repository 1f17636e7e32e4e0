using System.Data.Common;
using System.Security.Cryptography;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage;

/// <summary>
/// <see cref="IStoryStore"/> over SQL. The engines share every query; they differ in how connections and write
/// transactions are handed out (<see cref="ReadAsync{T}"/>, <see cref="WriteAsync{T}"/>) and in their dialect.
/// </summary>
public abstract partial class SqlStoryStore : IStoryStore, IUnitOfWork, IAsyncDisposable
{
    // The session of an InOneTransactionAsync in progress, seen only by the flow that started it.
    private readonly AsyncLocal<SqlSession?> _ambient = new();

    private protected SqlStoryStore(SqlDialect dialect, int schemaVersion)
    {
        Dialect = dialect;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The newest migration applied to the database.</summary>
    public int SchemaVersion { get; }

    public Task<long> AddDeliveryAsync(RawDelivery delivery, CancellationToken cancellationToken)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(delivery.Bytes));
        if (!string.Equals(actual, delivery.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException(
                $"delivery SHA-256 '{delivery.Sha256}' does not match its bytes ({actual})", nameof(delivery));
        return WriteAsync(session => DeliveryQueries.InsertAsync(session, delivery, cancellationToken), cancellationToken);
    }

    public Task<RawDelivery?> GetDeliveryAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync(session => DeliveryQueries.GetAsync(session, id, cancellationToken), cancellationToken);

    public Task<StoredStory?> GetAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync(session => StoryQueries.GetAsync(session, id, cancellationToken), cancellationToken);

    public Task<StoredStory?> FindAsync(string source, string guid, CancellationToken cancellationToken) =>
        ReadAsync(session => StoryQueries.FindAsync(session, source, guid, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredVersion>> GetVersionsAsync(long storyId, CancellationToken cancellationToken) =>
        ReadAsync(session => VersionQueries.ListAsync(session, storyId, cancellationToken), cancellationToken);

    /// <remarks>
    /// Source, guid, slug and received time are fixed when the story is created; later saves change its publishing
    /// fields. The current version changes only through <see cref="NewVersion.MakeCurrent"/>.
    /// Throws <see cref="StoryAlreadyExistsException"/> for a new story whose (source, guid) is taken.
    /// </remarks>
    public Task<StoredStory> SaveAsync(StoryChange change, CancellationToken cancellationToken) =>
        WriteAsync(session => StoryChangeWriter.SaveAsync(session, change, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredStory>> ListAsync(StoryQuery query, CancellationToken cancellationToken) =>
        ReadAsync(session => StoryListQuery.RunAsync(session, query, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(long storyId, CancellationToken cancellationToken) =>
        ReadAsync(session => AuditQueries.ListAsync(session, storyId, cancellationToken), cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Opens a connection for reading (no transaction).</summary>
    private protected abstract Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>Runs one write transaction: commits when the work returns, rolls back when it throws.</summary>
    private protected abstract Task<T> WriteCoreAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken);

    public Task<T> InOneTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        _ambient.Value is not null
            ? work()
            : WriteCoreAsync(async session =>
            {
                _ambient.Value = session;
                try
                {
                    return await work();
                }
                finally
                {
                    _ambient.Value = null;
                }
            }, cancellationToken);

    /// <summary>A write: its own transaction, or the one of the <see cref="InOneTransactionAsync{T}"/> this flow is in.</summary>
    private protected Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) =>
        _ambient.Value is { } session ? work(session) : WriteCoreAsync(work, cancellationToken);

    private protected SqlDialect Dialect { get; }

    private protected static async Task<T> InTransactionAsync<T>(
        DbConnection connection, SqlDialect dialect, Func<SqlSession, Task<T>> work, CancellationToken cancellationToken,
        PreparedCommands? prepared = null)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new SqlSession(connection, transaction, dialect, prepared));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken)
    {
        // Inside a unit of work, reads go through its transaction, so they see what it has written.
        if (_ambient.Value is { } session) return await work(session);
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await work(new SqlSession(connection, null, Dialect));
    }
}
