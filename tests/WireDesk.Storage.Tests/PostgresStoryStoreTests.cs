using WireDesk.Storage.Postgres;
using WireDesk.Tests;

namespace WireDesk.Storage.Tests;

/// <summary>
/// The store contract on PostgreSQL, each test in a database of its own on the run's <see cref="PostgresTestServer"/>;
/// skipped (failed under CI) when no server can be had.
/// </summary>
public sealed class PostgresStoryStoreTests(PostgresTestServer server) : StoryStoreContract
{
    private PostgresTestDatabase? database;

    public override async ValueTask InitializeAsync()
    {
        database = await PostgresTestDatabase.CreateAsync(server);
        await base.InitializeAsync();
    }

    protected override async Task<SqlStoryStore> OpenStoreAsync() =>
        await PostgresStoryStore.OpenAsync(database!.ConnectionString, Ct);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async ValueTask DeleteDatabaseAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }

    [Fact]
    public async Task The_factory_opens_postgres_when_a_connection_string_is_given()
    {
        await using var store = await StoryStoreFactory.OpenAsync(database!.ConnectionString, "unused-data-dir", Ct);

        Assert.IsType<PostgresStoryStore>(store);
        Assert.False(Directory.Exists("unused-data-dir"));
    }
}
