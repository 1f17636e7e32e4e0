using System.Data.Common;
using Npgsql;
using WireDesk.Storage.Migrations;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage.Postgres;

/// <summary>
/// The store for several nodes sharing one PostgreSQL database. Each call takes a pooled connection; writes run in
/// READ COMMITTED transactions, and a save locks its story row first, so concurrent saves of one story queue up.
/// </summary>
public sealed class PostgresStoryStore : SqlStoryStore
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresStoryStore(NpgsqlDataSource dataSource, int schemaVersion)
        : base(PostgresDialect.Instance, schemaVersion) =>
        this.dataSource = dataSource;

    /// <summary>Connects and migrates the database named by <paramref name="connectionString"/>.</summary>
    public static async Task<PostgresStoryStore> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var schemaVersion = await MigrationRunner.ApplyAsync(connection, PostgresDialect.Instance, cancellationToken);
            return new PostgresStoryStore(dataSource, schemaVersion);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private protected override async Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async Task<T> WriteCoreAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await InTransactionAsync(connection, Dialect, work, cancellationToken);
    }
}
