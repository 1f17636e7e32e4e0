using System.Runtime.CompilerServices;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Duplicates;

/// <summary>
/// A story's shingles and SimHash, worked out once per story object: the ingest pipeline asks for them while it
/// parses in parallel, so the duplicate index, which runs one story at a time, finds them ready.
/// </summary>
public sealed record Fingerprint(ulong[] Shingles, ulong Print)
{
    private const int MinimumWords = 25;
    private static readonly ConditionalWeakTable<Story, Fingerprint> Known = [];
    private static readonly Fingerprint TooShort = new([], 0);

    /// <summary>The story's fingerprint, or null when it has too few words to compare (a headline-only flash).</summary>
    public static Fingerprint? Of(Story story)
    {
        var fingerprint = Known.GetValue(story, Compute);
        return ReferenceEquals(fingerprint, TooShort) ? null : fingerprint;
    }

    private static Fingerprint Compute(Story story)
    {
        if (story.Body.Paragraphs.Sum(p => p.Count(char.IsWhiteSpace) + 1) < MinimumWords) return TooShort;
        var shingles = SimHash.Shingles(story.Body.Paragraphs);
        return new Fingerprint(shingles, SimHash.Of(shingles));
    }
}
