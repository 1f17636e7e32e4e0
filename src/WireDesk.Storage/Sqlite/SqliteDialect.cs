using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage.Sqlite;

/// <summary>SQLite keeps instants as fixed-width UTC text, so that text order is time order and indexes work.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    // SQLITE_CONSTRAINT_UNIQUE; SQLite names the columns, not the constraint, in the message.
    private const int UniqueConstraintFailed = 2067;

    public static SqliteDialect Instance { get; } = new();

    public override string MigrationsFolder => "Sqlite";

    public override string CreateMigrationsTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )
        """;

    public override string? MigrationLockSql => null;

    // One writer at a time: a claim's UPDATE already excludes every other claimer.
    public override string SkipLockedClause => "";

    public override void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        parameters.Add(name, value is { } v ? Format(v) : null, DbType.String);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), InstantFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override bool IsDuplicateStory(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: UniqueConstraintFailed } e
        && e.Message.Contains("stories.source, stories.guid", StringComparison.Ordinal);

    public static string Format(DateTimeOffset value) =>
        Instants.ToStored(value).UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);
}
