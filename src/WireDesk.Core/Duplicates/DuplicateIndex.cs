using WireDesk.Core.Stories;

namespace WireDesk.Core.Duplicates;

/// <summary>
/// SimHash over word shingles picks candidates cheaply; the exact Jaccard similarity of the shingle sets decides,
/// because on wire-length copy a handful of changed words moves SimHash by more bits than a fixed cut allows.
/// Recent stories' fingerprints, to link the same story from different agencies into one cluster.
/// Kept in memory for a window (48 hours by default) and rebuilt from the store at start-up.
/// </summary>
public sealed class DuplicateIndex(TimeSpan window, double minSimilarity = DuplicateIndex.DefaultMinSimilarity)
{
    public const double DefaultMinSimilarity = 0.5;
    /// <summary>Unrelated texts differ in about 32 of 64 bits; candidates are those within this many.</summary>
    public const int CandidateDistance = 22;
    private const int MinimumWords = 25;

    private readonly Lock _gate = new();
    // Grouped by (source, agency): copy is never matched against its own source and agency, so whole groups are
    // skipped, and one busy wire does not make every story of it scan all of its own recent copy.
    private readonly Dictionary<(string Source, string Agency), List<Entry>> _groups = [];
    private readonly Dictionary<long, (string Source, string Agency)> _groupOf = [];
    private DateTimeOffset _oldest = DateTimeOffset.MaxValue;

    public DuplicateIndex() : this(TimeSpan.FromHours(48)) { }

    /// <summary>The cluster of the nearest earlier story from another source or agency, or null.</summary>
    public DuplicateMatch? FindMatch(Story story, DateTimeOffset now)
    {
        if (!HasEnoughText(story)) return null;
        var shingles = SimHash.Shingles(story.Body.Paragraphs);
        var print = SimHash.Of(shingles);
        var own = GroupKey(story);
        lock (_gate)
        {
            Expire(now);
            DuplicateMatch? best = null;
            foreach (var (key, entries) in _groups)
            {
                if (key == own) continue;
                foreach (var entry in entries)
                {
                    if (entry.Source == story.Source && entry.Guid == story.Guid) continue;
                    if (SimHash.Distance(entry.Print, print) > CandidateDistance) continue;
                    var similarity = SimHash.Jaccard(entry.Shingles, shingles);
                    if (similarity >= minSimilarity && (best is null || similarity > best.Similarity
                            || (similarity == best.Similarity && entry.StoryId < best.StoryId)))
                        best = new DuplicateMatch(entry.StoryId, entry.ClusterId, similarity);
                }
            }
            return best;
        }
    }

    public void Add(long storyId, long clusterId, Story story, DateTimeOffset at)
    {
        if (!HasEnoughText(story)) return;
        var shingles = SimHash.Shingles(story.Body.Paragraphs);
        var key = GroupKey(story);
        lock (_gate)
        {
            if (_groupOf.Remove(storyId, out var previous)) _groups[previous].RemoveAll(e => e.StoryId == storyId);
            if (!_groups.TryGetValue(key, out var entries)) _groups[key] = entries = [];
            entries.Add(new Entry(storyId, clusterId, story.Source, story.Guid, story.Agency, SimHash.Of(shingles), shingles, at));
            _groupOf[storyId] = key;
            if (at < _oldest) _oldest = at;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        if (_oldest >= now - window) return;
        _oldest = DateTimeOffset.MaxValue;
        foreach (var entries in _groups.Values)
        {
            foreach (var gone in entries.Where(e => e.At < now - window)) _groupOf.Remove(gone.StoryId);
            entries.RemoveAll(e => e.At < now - window);
            foreach (var entry in entries) if (entry.At < _oldest) _oldest = entry.At;
        }
    }

    private static (string, string) GroupKey(Story story) => (story.Source, story.Agency?.ToUpperInvariant() ?? "");

    private static bool HasEnoughText(Story story) =>
        story.Body.Paragraphs.Sum(p => p.Count(char.IsWhiteSpace) + 1) >= MinimumWords;

    private sealed record Entry(long StoryId, long ClusterId, string Source, string Guid, string? Agency, ulong Print, ulong[] Shingles, DateTimeOffset At);
}

public sealed record DuplicateMatch(long StoryId, long ClusterId, double Similarity);
