namespace WireDesk.Core.Publishing;

/// <summary>
/// One writer at a time for read-decide-write changes to stories: the ingest pipeline and editor actions share it, so
/// an editor's action can never overwrite an agency kill or update that landed between its read and its write.
/// (One process; several nodes on PostgreSQL would need a row version.)
/// </summary>
public sealed class StoryWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await change();
        }
        finally
        {
            _gate.Release();
        }
    }
}
