namespace WireDesk.Composition;

public sealed record WorkspaceOptions(string DataDirectory)
{
    public string? SourcesPath { get; init; }
    /// <summary>A PostgreSQL connection string; SQLite in the data folder when null.</summary>
    public string? Postgres { get; init; }
    public TimeProvider? Time { get; init; }
}
