using System.CommandLine;
using WireDesk.Composition;

namespace WireDesk.Cli;

/// <summary>Options every command that touches the store understands.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Data = new("--data")
    {
        Description = "Data folder (SQLite database, sources file, drop folders)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("WIREDESK_DATA") ?? "data",
        Recursive = true,
    };

    public static readonly Option<string?> Sources = new("--sources")
    {
        Description = "Sources file (default: DATA/sources.json)",
        Recursive = true,
    };

    public static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "PostgreSQL connection string (default: SQLite in the data folder; env WIREDESK_POSTGRES)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("WIREDESK_POSTGRES"),
        Recursive = true,
    };

    public static readonly Option<string> SqliteSync = new("--sqlite-sync")
    {
        Description = "When a SQLite commit waits for the disk: normal (survives the process being killed) or full (survives power loss too, slower); env WIREDESK_SQLITE_SYNC",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("WIREDESK_SQLITE_SYNC") ?? "normal",
        Recursive = true,
    };

    public static WorkspaceOptions Workspace(ParseResult parse) => new(parse.GetValue(Data)!)
    {
        SourcesPath = parse.GetValue(Sources),
        Postgres = parse.GetValue(Postgres),
        SqliteSync = parse.GetValue(SqliteSync)?.Trim().ToLowerInvariant() switch
        {
            "full" => Storage.Sqlite.SqliteSync.Full,
            "normal" or null or "" => Storage.Sqlite.SqliteSync.Normal,
            var other => throw new ArgumentException($"--sqlite-sync '{other}' is not normal or full"),
        },
    };

    /// <summary>All files under the given files and folders, in a stable order.</summary>
    public static IEnumerable<string> ExpandFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }
}
