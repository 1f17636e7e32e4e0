using System.Data.Common;
using System.Globalization;
using Dapper;

namespace WireDesk.Storage.Sql;

/// <summary>
/// A connection, the transaction it is in (if any) and the engine's dialect, passed to the query classes. With
/// <see cref="Prepared"/> (SQLite's writer), statements run on commands kept prepared; otherwise through Dapper.
/// </summary>
internal sealed record SqlSession(DbConnection Connection, DbTransaction? Transaction, SqlDialect Dialect, PreparedCommands? Prepared = null)
{
    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Prepared?.Bind(sql, parameters, Transaction) is { } command
            ? await command.ExecuteNonQueryAsync(cancellationToken)
            : await Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    public async Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Prepared?.Bind(sql, parameters, Transaction) is { } command
            ? Convert<T>(await command.ExecuteScalarAsync(cancellationToken))
            : (await Connection.ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken)))!;

    /// <summary>A reader that disposes its command when it is disposed, by <c>await using</c> too (see <see cref="CommandOwningReader"/>).</summary>
    public async Task<DbDataReader> ReaderAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        if (Prepared?.Bind(sql, parameters, Transaction) is { } prepared)
        {
            // The command stays with the cache; disposing the reader only resets its statement.
            var own = await prepared.ExecuteReaderAsync(cancellationToken);
            Prepared.Track(prepared, own);
            return own;
        }
        var reader = await Connection.ExecuteReaderAsync(Command(sql, parameters, cancellationToken));
        return reader is IWrappedDataReader { Command: DbCommand command, Reader: DbDataReader inner }
            ? new CommandOwningReader(inner, command)
            : reader;
    }

    public SqlParameters Parameters(object? template = null) => new(template);

    public void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        Dialect.AddInstant(parameters, name, value);

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, cancellationToken: cancellationToken);

    private static T Convert<T>(object? value) => value switch
    {
        null or DBNull => default!,
        T typed => typed,
        _ => (T)System.Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
    };
}
