using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using WireDesk.Storage.Migrations;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode. Readers each take a pooled connection and run beside the writer;
/// writes go one at a time through a single connection, each in a BEGIN IMMEDIATE transaction.
/// </summary>
public sealed class SqliteStoryStore : SqlStoryStore
{
    /// <summary>For reader connections (the writer has its own).</summary>
    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly PreparedCommands prepared;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private bool disposed;

    private SqliteStoryStore(string path, string connectionString, SqliteConnection writer, int schemaVersion)
        : base(SqliteDialect.Instance, schemaVersion)
    {
        Path = path;
        this.connectionString = connectionString;
        this.writer = writer;
        prepared = new PreparedCommands(writer);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the folder and file when absent) and migrates the database at <paramref name="path"/>.</summary>
    public static Task<SqliteStoryStore> OpenAsync(string path, CancellationToken cancellationToken) =>
        OpenAsync(path, SqliteSync.Normal, cancellationToken);

    /// <summary>Opens and migrates the database, with commits waiting for the disk as <paramref name="sync"/> says.</summary>
    public static async Task<SqliteStoryStore> OpenAsync(string path, SqliteSync sync, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Seconds Microsoft.Data.Sqlite keeps retrying a command while another process holds the write lock.
            DefaultTimeout = 30,
        }.ToString();

        var writer = new SqliteConnection(connectionString);
        try
        {
            await writer.OpenAsync(cancellationToken);
            // WAL lets readers run beside the writer. synchronous: see SqliteSync (NORMAL survives process crashes, FULL power loss).
            // The writer's 64 MB page cache keeps the indexes on hashes and guids, which every story touches at random,
            // off the disk; checkpointing every 8,192 pages (32 MB of WAL) instead of 1,000 writes a page changed by
            // many commits to the database file once instead of several times. Measured: drop 50000 ran ×1.35 faster.
            await writer.ExecuteAsync($"""
                PRAGMA journal_mode = WAL; PRAGMA synchronous = {(sync == SqliteSync.Full ? "FULL" : "NORMAL")};
                PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192;
                """);
            var schemaVersion = await MigrationRunner.ApplyAsync(writer, SqliteDialect.Instance, cancellationToken);
            // Readers never write, so they skip the foreign-key pragma Microsoft.Data.Sqlite would run on every open.
            var readers = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = null }.ToString();
            return new SqliteStoryStore(fullPath, readers, writer, schemaVersion);
        }
        catch
        {
            SqliteConnection.ClearPool(writer);
            await writer.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await writeLock.WaitAsync();
        try
        {
            if (disposed) return;
            disposed = true;
            prepared.Dispose();
            await writer.ExecuteAsync("PRAGMA optimize;");
            SqliteConnection.ClearPool(writer);
            using (var readers = new SqliteConnection(connectionString)) SqliteConnection.ClearPool(readers);
            await writer.DisposeAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private protected override async Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private protected override async Task<T> WriteCoreAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            // Dapper would quietly reopen the closed writer.
            ObjectDisposedException.ThrowIf(disposed, this);
            return await InTransactionAsync(writer, Dialect, work, cancellationToken, prepared);
        }
        finally
        {
            writeLock.Release();
        }
    }
}
