using Microsoft.Data.Sqlite;
using WireDesk.Storage.Sqlite;

namespace WireDesk.Storage.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("wiredesk-store-");

    private string DatabasePath => Path.Combine(folder.FullName, "nested", "wiredesk.db");

    protected override async Task<SqlStoryStore> OpenStoreAsync() => await SqliteStoryStore.OpenAsync(DatabasePath, Ct);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Ct);
        await ScalarAsync(connection, sql);
    }

    protected override ValueTask DeleteDatabaseAsync()
    {
        folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_database_file_is_created_with_its_folder_in_wal_mode_with_foreign_keys_on()
    {
        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(DatabasePath, ((SqliteStoryStore)Store).Path);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Foreign Keys=True");
        await connection.OpenAsync(Ct);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("1", await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_migrations WHERE version = 1"));
    }

    [Fact]
    public async Task The_story_is_stored_as_json_with_enum_names_and_the_offsets_as_sent()
    {
        var saved = await CreateAsync(StorySamples.EveryField);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Ct);

        var json = await ScalarAsync(connection, $"SELECT story_json FROM story_versions WHERE id = {saved.CurrentVersionId}");

        Assert.NotNull(json);
        Assert.Contains("\"firstCreated\":\"2026-01-09T15:55:10+05:30\"", json);
        Assert.Contains("\"pubStatus\":\"Withheld\"", json);
        Assert.Contains("\"signals\":\"Update, Correction\"", json);
        Assert.Contains("नई दिल्ली", json);
        Assert.DoesNotContain("plainText", json);
        Assert.DoesNotContain("isOpenEnded", json);
        var bare = await CreateAsync(new WireDesk.Core.Stories.Story { Source = "ani", Guid = "g-bare-json" });
        var bareJson = await ScalarAsync(connection, $"SELECT story_json FROM story_versions WHERE id = {bare.CurrentVersionId}");
        Assert.DoesNotContain("null", bareJson);
    }

    [Fact]
    public async Task A_database_migrated_by_a_newer_build_is_refused()
    {
        await Store.DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await ScalarAsync(connection, "INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')");
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenStoreAsync());
        Assert.Contains("9999", refused.Message);
        await ReopenAfterRefusalAsync();
    }

    [Fact]
    public async Task The_factory_opens_sqlite_in_the_data_folder_when_no_connection_string_is_given()
    {
        var dataDirectory = Path.Combine(folder.FullName, "data");

        await using var store = await StoryStoreFactory.OpenAsync(null, dataDirectory, Ct);

        var sqlite = Assert.IsType<SqliteStoryStore>(store);
        Assert.Equal(Path.Combine(dataDirectory, StoreOptions.DatabaseFileName), sqlite.Path);
        Assert.True(File.Exists(sqlite.Path));
    }

    // The base class disposes the store it holds; give it a working one after the refused open.
    private async Task ReopenAfterRefusalAsync()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await ScalarAsync(connection, "DELETE FROM schema_migrations WHERE version = 9999");
        }
        await ReopenAsync();
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
