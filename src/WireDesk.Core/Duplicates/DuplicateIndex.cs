using System.Runtime.InteropServices;
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
    /// <summary>Candidates compared exactly, nearest first by SimHash distance.</summary>
    public const int MaxExactComparisons = 16;

    private readonly Lock _gate = new();
    // Grouped by (source, agency): copy is never matched against its own source and agency, so whole groups are
    // skipped, and one busy wire does not make every story of it scan all of its own recent copy.
    private readonly Dictionary<(string Source, string Agency), Group> _groups = [];
    private readonly Dictionary<long, (string Source, string Agency)> _groupOf = [];
    private DateTimeOffset _oldest = DateTimeOffset.MaxValue;

    public DuplicateIndex() : this(TimeSpan.FromHours(48)) { }

    /// <summary>The cluster of the nearest earlier story from another source or agency, or null.</summary>
    public DuplicateMatch? FindMatch(Story story, DateTimeOffset now)
    {
        if (Fingerprint.Of(story) is not { } fingerprint) return null;
        var print = fingerprint.Print;
        var own = GroupKey(story);
        lock (_gate)
        {
            Expire(now);
            // The nearest candidates only: about one unrelated story in a hundred falls within the candidate distance,
            // and templated copy (market reports, weather tables, results) puts thousands within it of one another;
            // comparing every one exactly cost each new story milliseconds. A real copy shares at least half its
            // shingles, so it sits nearer than template relatives; a heap of the nearest bounds the exact comparisons.
            var nearest = new PriorityQueue<Entry, (int Distance, long StoryId)>(FarthestFirst);
            // Once the heap is full, only prints nearer than its farthest can get in: one comparison for the rest.
            var cut = CandidateDistance;
            foreach (var (key, group) in _groups)
            {
                if (key == own) continue;
                var prints = CollectionsMarshal.AsSpan(group.Prints);
                for (var i = 0; i < prints.Length; i++)
                {
                    var distance = SimHash.Distance(prints[i], print);
                    if (distance > cut) continue;
                    var entry = group.Entries[i];
                    if (entry.Source == story.Source && entry.Guid == story.Guid) continue;
                    if (nearest.Count < MaxExactComparisons) nearest.Enqueue(entry, (distance, entry.StoryId));
                    else if (nearest.TryPeek(out _, out var farthest) && (distance, entry.StoryId).CompareTo(farthest) < 0)
                        nearest.EnqueueDequeue(entry, (distance, entry.StoryId));
                    if (nearest.Count == MaxExactComparisons && nearest.TryPeek(out _, out var worst)) cut = worst.Distance;
                }
            }

            DuplicateMatch? best = null;
            while (nearest.TryDequeue(out var entry, out _))
            {
                var similarity = SimHash.Jaccard(entry.Shingles, fingerprint.Shingles);
                if (similarity >= minSimilarity && (best is null || similarity > best.Similarity
                        || (similarity == best.Similarity && entry.StoryId < best.StoryId)))
                    best = new DuplicateMatch(entry.StoryId, entry.ClusterId, similarity);
            }
            return best;
        }
    }

    public void Add(long storyId, long clusterId, Story story, DateTimeOffset at)
    {
        if (Fingerprint.Of(story) is not { } fingerprint) return;
        var key = GroupKey(story);
        lock (_gate)
        {
            if (_groupOf.Remove(storyId, out var previous)) _groups[previous].RemoveWhere(e => e.StoryId == storyId);
            if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new Group();
            group.Add(new Entry(storyId, clusterId, story.Source, story.Guid, fingerprint.Print, fingerprint.Shingles, at));
            _groupOf[storyId] = key;
            if (at < _oldest) _oldest = at;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        if (_oldest >= now - window) return;
        _oldest = DateTimeOffset.MaxValue;
        foreach (var group in _groups.Values)
        {
            foreach (var gone in group.Entries.Where(e => e.At < now - window)) _groupOf.Remove(gone.StoryId);
            group.RemoveWhere(e => e.At < now - window);
            foreach (var entry in group.Entries) if (entry.At < _oldest) _oldest = entry.At;
        }
    }

    private static readonly Comparer<(int Distance, long StoryId)> FarthestFirst =
        Comparer<(int Distance, long StoryId)>.Create((a, b) => b.CompareTo(a));

    private static (string, string) GroupKey(Story story) => (story.Source, story.Agency?.ToUpperInvariant() ?? "");

    private sealed record Entry(long StoryId, long ClusterId, string Source, string Guid, ulong Print, ulong[] Shingles, DateTimeOffset At);

    /// <summary>Entries with their prints side by side in one array, which the candidate scan reads through.</summary>
    private sealed class Group
    {
        public List<Entry> Entries { get; } = [];
        public List<ulong> Prints { get; } = [];

        public void Add(Entry entry)
        {
            Entries.Add(entry);
            Prints.Add(entry.Print);
        }

        public void RemoveWhere(Predicate<Entry> gone)
        {
            Entries.RemoveAll(gone);
            Prints.Clear();
            foreach (var entry in Entries) Prints.Add(entry.Print);
        }
    }
}

public sealed record DuplicateMatch(long StoryId, long ClusterId, double Similarity);
