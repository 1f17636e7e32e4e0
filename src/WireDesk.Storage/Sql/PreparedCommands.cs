using System.Data.Common;

namespace WireDesk.Storage.Sql;

/// <summary>
/// Commands of one long-lived connection kept prepared between executions. SQLite parses and plans a statement
/// whenever a new command runs it, which for the small INSERTs and UPDATEs of a story costs about as much as running
/// them; the writer runs the same few statements for every story. Used by one writer at a time (the caller holds the
/// write lock), so it needs no locking of its own.
/// </summary>
internal sealed class PreparedCommands(DbConnection connection) : IDisposable
{
    // The writer's fixed statements fit many times over; texts built per call (filters) past this many go through
    // Dapper, so no command is ever disposed while a reader may still be open on it.
    private const int Capacity = 64;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, object?>> _arguments = [];

    /// <summary>
    /// The prepared command for <paramref name="sql"/> with <paramref name="parameters"/> bound, or null when they
    /// cannot be bound without Dapper, when the command is still busy with an open reader, or when the cache is full.
    /// </summary>
    public DbCommand? Bind(string sql, object? parameters, DbTransaction? transaction)
    {
        _arguments.Clear();
        if (!SqlArguments.TryRead(parameters, _arguments)) return null;
        if (!_entries.TryGetValue(sql, out var entry))
        {
            if (_entries.Count >= Capacity) return null;
            var created = connection.CreateCommand();
            created.CommandText = sql;
            entry = new Entry(created);
            _entries.Add(sql, entry);
        }
        if (entry.Reader is { IsClosed: false }) return null;

        var command = entry.Command;
        command.Transaction = transaction;
        if (!entry.Prepared)
        {
            command.Prepare();
            entry.Prepared = true;
        }
        command.Parameters.Clear();
        foreach (var (name, value) in _arguments)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Remembers the reader open on <paramref name="command"/>, which it must not be rebound under.</summary>
    public void Track(DbCommand command, DbDataReader reader)
    {
        if (_entries.TryGetValue(command.CommandText, out var entry) && ReferenceEquals(entry.Command, command))
            entry.Reader = reader;
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values) entry.Command.Dispose();
        _entries.Clear();
    }

    private sealed class Entry(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public DbDataReader? Reader { get; set; }
        public bool Prepared { get; set; }
    }
}
