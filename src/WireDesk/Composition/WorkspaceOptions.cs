namespace WireDesk.Composition;

public sealed record WorkspaceOptions(string DataDirectory)
{
    public string? SourcesPath { get; init; }
    /// <summary>A PostgreSQL connection string; SQLite in the data folder when null.</summary>
    public string? Postgres { get; init; }
    public TimeProvider? Time { get; init; }
    /// <summary>When a SQLite commit waits for the disk (normal: survives process crashes; full: power loss too).</summary>
    public WireDesk.Storage.Sqlite.SqliteSync SqliteSync { get; init; } = WireDesk.Storage.Sqlite.SqliteSync.Normal;
}
