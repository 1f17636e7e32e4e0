namespace WireDesk.Storage;

/// <summary>Where stories are kept: PostgreSQL when a connection string is given, otherwise SQLite in the data folder.</summary>
public sealed record StoreOptions
{
    public const string DatabaseFileName = "wiredesk.db";

    /// <summary>The folder for the SQLite database (the executable's --data DIR).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>A PostgreSQL connection string; null or blank means SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>When a SQLite commit waits for the disk; see <see cref="Sqlite.SqliteSync"/>.</summary>
    public Sqlite.SqliteSync SqliteSync { get; init; } = Sqlite.SqliteSync.Normal;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string SqlitePath => Path.Combine(DataDirectory, DatabaseFileName);
}
