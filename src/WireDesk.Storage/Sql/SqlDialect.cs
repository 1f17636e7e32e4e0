using System.Data.Common;
using Dapper;

namespace WireDesk.Storage.Sql;

/// <summary>What differs between the engines once the schema is in place: how instants travel and how errors read.</summary>
internal abstract class SqlDialect
{
    /// <summary>The folder under Migrations/ that holds this engine's scripts.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>Creates schema_migrations when absent; runs inside the migration transaction.</summary>
    public abstract string CreateMigrationsTableSql { get; }

    /// <summary>Serialises concurrent start-ups inside the migration transaction, or null where the engine needs none.</summary>
    public abstract string? MigrationLockSql { get; }

    public abstract void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? value);

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadNullableInstant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadInstant(reader, ordinal);

    /// <summary>What a claim's inner SELECT adds so that concurrent claimers skip each other's rows.</summary>
    public abstract string SkipLockedClause { get; }

    /// <summary>True when the exception is the unique (source, guid) constraint of the stories table.</summary>
    public abstract bool IsDuplicateStory(DbException exception);
}
