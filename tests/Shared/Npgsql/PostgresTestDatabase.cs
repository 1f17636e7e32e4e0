using Npgsql;

namespace WireDesk.Tests;

/// <summary>
/// A database of its own for one test on a <see cref="PostgresTestServer"/>, dropped on dispose. Compiled only into
/// test projects that reference Npgsql.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string adminConnectionString;
    private readonly string name;

    private PostgresTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(PostgresTestServer server)
    {
        var admin = await server.AdminConnectionStringAsync();
        var name = $"wiredesk_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new PostgresTestDatabase(admin, name, connectionString);
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
