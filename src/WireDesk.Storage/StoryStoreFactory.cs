using WireDesk.Storage.Postgres;
using WireDesk.Storage.Sqlite;

namespace WireDesk.Storage;

/// <summary>Opens and migrates the store the options name. Dispose the store when done.</summary>
public static class StoryStoreFactory
{
    public static async Task<SqlStoryStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken) =>
        options.UsesPostgres
            ? await PostgresStoryStore.OpenAsync(options.PostgresConnectionString!, cancellationToken)
            : await SqliteStoryStore.OpenAsync(options.SqlitePath, options.SqliteSync, cancellationToken);

    public static Task<SqlStoryStore> OpenAsync(
        string? postgresConnectionString, string dataDirectory, CancellationToken cancellationToken) =>
        OpenAsync(new StoreOptions { PostgresConnectionString = postgresConnectionString, DataDirectory = dataDirectory },
            cancellationToken);
}
