using System.Data.Common;
using Dapper;

namespace WireDesk.Storage.Sql;

/// <summary>A connection, the transaction it is in (if any) and the engine's dialect, passed to the query classes.</summary>
internal sealed record SqlSession(DbConnection Connection, DbTransaction? Transaction, SqlDialect Dialect)
{
    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    public Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken))!;

    /// <summary>A reader that disposes its command when it is disposed, by <c>await using</c> too (see <see cref="CommandOwningReader"/>).</summary>
    public async Task<DbDataReader> ReaderAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var reader = await Connection.ExecuteReaderAsync(Command(sql, parameters, cancellationToken));
        return reader is IWrappedDataReader { Command: DbCommand command, Reader: DbDataReader inner }
            ? new CommandOwningReader(inner, command)
            : reader;
    }

    public DynamicParameters Parameters(object? template = null) => new(template);

    public void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        Dialect.AddInstant(parameters, name, value);

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, cancellationToken: cancellationToken);
}
