using WireDesk.Core.Stories;

namespace WireDesk.Core.Duplicates;

/// <summary>
/// Recent stories' fingerprints, to link the same story from different agencies into one cluster.
/// Kept in memory for a window (48 hours by default) and rebuilt from the store at start-up.
/// </summary>
public sealed class DuplicateIndex(TimeSpan window, int maxDistance = DuplicateIndex.DefaultMaxDistance)
{
    public const int DefaultMaxDistance = 8;
    private const int MinimumWords = 25;

    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public DuplicateIndex() : this(TimeSpan.FromHours(48)) { }

    /// <summary>The cluster of the nearest earlier story from another source or agency, or null.</summary>
    public DuplicateMatch? FindMatch(Story story, DateTimeOffset now)
    {
        if (!HasEnoughText(story)) return null;
        var print = SimHash.Of(story.Body.Paragraphs);
        lock (_gate)
        {
            _entries.RemoveAll(e => e.At < now - window);
            DuplicateMatch? best = null;
            foreach (var entry in _entries)
            {
                if (entry.Source == story.Source && entry.Guid == story.Guid) continue;
                if (entry.Source == story.Source && string.Equals(entry.Agency, story.Agency, StringComparison.OrdinalIgnoreCase)) continue;
                var distance = SimHash.Distance(entry.Print, print);
                if (distance <= maxDistance && (best is null || distance < best.Distance))
                    best = new DuplicateMatch(entry.StoryId, entry.ClusterId, distance);
            }
            return best;
        }
    }

    public void Add(long storyId, long clusterId, Story story, DateTimeOffset at)
    {
        if (!HasEnoughText(story)) return;
        var print = SimHash.Of(story.Body.Paragraphs);
        lock (_gate)
        {
            _entries.RemoveAll(e => e.StoryId == storyId);
            _entries.Add(new Entry(storyId, clusterId, story.Source, story.Guid, story.Agency, print, at));
        }
    }

    private static bool HasEnoughText(Story story) =>
        story.Body.Paragraphs.Sum(p => p.Count(char.IsWhiteSpace) + 1) >= MinimumWords;

    private sealed record Entry(long StoryId, long ClusterId, string Source, string Guid, string? Agency, ulong Print, DateTimeOffset At);
}

public sealed record DuplicateMatch(long StoryId, long ClusterId, int Distance);
