using System.Data.Common;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage.Migrations;

/// <summary>
/// Brings a database up to this build's schema at start-up: every script not yet in schema_migrations, in order,
/// all in one transaction, so a failed start leaves the schema as it was.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>Applies what is missing and returns the schema version now in place.</summary>
    public static async Task<int> ApplyAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.For(dialect.MigrationsFolder);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = new SqlSession(connection, transaction, dialect);
        if (dialect.MigrationLockSql is { } lockSql) await session.ExecuteAsync(lockSql, null, cancellationToken);
        await session.ExecuteAsync(dialect.CreateMigrationsTableSql, null, cancellationToken);

        var applied = await AppliedAsync(session, cancellationToken);
        var newest = scripts[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
            throw new InvalidOperationException(
                $"the database schema is at version {applied.Max()}, newer than this build knows ({newest})");

        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await session.ExecuteAsync(script.Sql, null, cancellationToken);
            await session.ExecuteAsync("INSERT INTO schema_migrations (version, name) VALUES (@Version, @Name)",
                new { script.Version, script.Name }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return newest;
    }

    private static async Task<HashSet<int>> AppliedAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var versions = new HashSet<int>();
        await using var reader = await session.ReaderAsync("SELECT version FROM schema_migrations", null, cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) versions.Add(reader.GetInt32(0));
        return versions;
    }
}
