using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage.Postgres;

/// <summary>PostgreSQL keeps instants as timestamptz; Npgsql takes them as DateTimeOffset with a zero offset.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    private const string UniqueViolation = "23505";

    // Any fixed number: the key of the transaction-scoped advisory lock that lets one node migrate at a time.
    private const long MigrationLockKey = 0x5769726544657368;

    public static PostgresDialect Instance { get; } = new();

    public override string MigrationsFolder => "Postgres";

    public override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            name       text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    public override string? MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    public override string SkipLockedClause => "FOR UPDATE SKIP LOCKED";

    public override void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        parameters.Add(name, value is { } v ? Instants.ToStored(v) : null, DbType.DateTimeOffset);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override bool IsDuplicateStory(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolation, ConstraintName: "ux_stories_source_guid" };
}
