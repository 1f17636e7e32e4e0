using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace WireDesk.Transports.Bench;

/// <summary>
/// One reader that follows the story_versions table as it grows and tells each waiting push its article path,
/// so the measurement costs the server one small query every 2 ms whatever the number of items in flight.
/// </summary>
public sealed class StoryWatcher(string database) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<string>> _waiting = new();
    private readonly ConcurrentDictionary<long, string> _seen = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(LoopAsync);

    public Task<string> PathOfAsync(long deliveryId)
    {
        var waiter = _waiting.GetOrAdd(deliveryId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_seen.TryGetValue(deliveryId, out var path)) waiter.TrySetResult(path);
        return waiter.Task;
    }

    private async Task LoopAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT v.id, v.delivery_id, s.slug, s.id FROM story_versions v JOIN stories s ON s.id = v.story_id WHERE v.id > $after ORDER BY v.id";
        var after = command.Parameters.AddWithValue("$after", 0L);
        long last = 0;
        while (!_stop.IsCancellationRequested)
        {
            after.Value = last;
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                {
                    last = reader.GetInt64(0);
                    if (reader.IsDBNull(1)) continue;
                    var delivery = reader.GetInt64(1);
                    var path = $"/{reader.GetString(2)}-{reader.GetInt64(3)}";
                    _seen[delivery] = path;
                    if (_waiting.TryGetValue(delivery, out var waiter)) waiter.TrySetResult(path);
                }
            await Task.Delay(2);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        _stop.Dispose();
    }
}
