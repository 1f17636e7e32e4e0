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
    private readonly List<Entry> _entries = [];

    public DuplicateIndex() : this(TimeSpan.FromHours(48)) { }

    /// <summary>The cluster of the nearest earlier story from another source or agency, or null.</summary>
    public DuplicateMatch? FindMatch(Story story, DateTimeOffset now)
    {
        if (!HasEnoughText(story)) return null;
        var shingles = SimHash.Shingles(story.Body.Paragraphs);
        var print = SimHash.Of(shingles);
        lock (_gate)
        {
            _entries.RemoveAll(e => e.At < now - window);
            DuplicateMatch? best = null;
            foreach (var entry in _entries)
            {
                if (entry.Source == story.Source && entry.Guid == story.Guid) continue;
                if (entry.Source == story.Source && string.Equals(entry.Agency, story.Agency, StringComparison.OrdinalIgnoreCase)) continue;
                if (SimHash.Distance(entry.Print, print) > CandidateDistance) continue;
                var similarity = SimHash.Jaccard(entry.Shingles, shingles);
                if (similarity >= minSimilarity && (best is null || similarity > best.Similarity))
                    best = new DuplicateMatch(entry.StoryId, entry.ClusterId, similarity);
            }
            return best;
        }
    }

    public void Add(long storyId, long clusterId, Story story, DateTimeOffset at)
    {
        if (!HasEnoughText(story)) return;
        var shingles = SimHash.Shingles(story.Body.Paragraphs);
        lock (_gate)
        {
            _entries.RemoveAll(e => e.StoryId == storyId);
            _entries.Add(new Entry(storyId, clusterId, story.Source, story.Guid, story.Agency, SimHash.Of(shingles), shingles, at));
        }
    }

    private static bool HasEnoughText(Story story) =>
        story.Body.Paragraphs.Sum(p => p.Count(char.IsWhiteSpace) + 1) >= MinimumWords;

    private sealed record Entry(long StoryId, long ClusterId, string Source, string Guid, string? Agency, ulong Print, ulong[] Shingles, DateTimeOffset At);
}

public sealed record DuplicateMatch(long StoryId, long ClusterId, double Similarity);
