using System.Threading.Channels;

namespace WireDesk.Core.Events;

/// <summary>
/// In-process fan-out of story events to listeners (the live stream, cache purges). Keeps the most recent
/// events so a listener that reconnects with its last sequence number misses nothing still held.
/// </summary>
public sealed class StoryEventHub(int keep = 10_000)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<StoryEvent> _recent = new();
    private readonly List<Channel<StoryEvent>> _listeners = [];
    private long _sequence;

    /// <summary>The sequence number of the newest event; a listener that starts from it gets only what follows.</summary>
    public long LastSequence
    {
        get
        {
            lock (_gate) return _sequence;
        }
    }

    public StoryEvent Publish(StoryEventKind kind, long storyId, string path, DateTimeOffset at)
    {
        lock (_gate)
        {
            var e = new StoryEvent(++_sequence, kind, storyId, path, at);
            _recent.AddLast(e);
            if (_recent.Count > keep) _recent.RemoveFirst();
            foreach (var listener in _listeners) listener.Writer.TryWrite(e);
            return e;
        }
    }

    /// <summary>Events after <paramref name="afterSequence"/> still held, then every new one until cancelled.</summary>
    public async IAsyncEnumerable<StoryEvent> ListenAsync(long afterSequence,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<StoryEvent>(new UnboundedChannelOptions { SingleReader = true });
        List<StoryEvent> backlog;
        lock (_gate)
        {
            backlog = _recent.Where(e => e.Sequence > afterSequence).ToList();
            _listeners.Add(channel);
        }
        try
        {
            foreach (var e in backlog) yield return e;
            await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken))
                yield return e;
        }
        finally
        {
            lock (_gate) _listeners.Remove(channel);
        }
    }
}
