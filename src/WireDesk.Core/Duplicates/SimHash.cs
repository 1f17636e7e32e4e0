using System.Numerics;

namespace WireDesk.Core.Duplicates;

/// <summary>
/// 64-bit SimHash over word shingles (Charikar 2002). Copies of one story that differ by a few words differ in a
/// few bits; unrelated texts differ in about 32.
/// </summary>
public static class SimHash
{
    private const int ShingleWords = 3;

    public static ulong Of(ReadOnlySpan<ulong> shingles)
    {
        if (shingles.IsEmpty) return 0;
        // Counts of set bits; a bit is kept where it is set in more than half the shingles.
        Span<int> weights = stackalloc int[64];
        foreach (var hash in shingles)
        {
            for (var bit = 0; bit < 64; bit++)
                weights[bit] += (int)((hash >> bit) & 1) * 2 - 1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
            if (weights[bit] > 0) result |= 1UL << bit;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>The distinct hashes of every run of three words, sorted.</summary>
    public static ulong[] Shingles(IEnumerable<string> paragraphs)
    {
        var words = Words(paragraphs);
        if (words.Count == 0) return [];
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++) hashes[i] = Fnv1a(words, i, Math.Min(ShingleWords, words.Count - i));
        Array.Sort(hashes);
        return [.. hashes.Distinct()];
    }

    /// <summary>Jaccard similarity of two sorted shingle sets: shared over all.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)shared / (a.Length + b.Length - shared);
    }

    private static List<string> Words(IEnumerable<string> paragraphs)
    {
        var words = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var start = -1;
            for (var i = 0; i <= paragraph.Length; i++)
            {
                var isWord = i < paragraph.Length && char.IsLetterOrDigit(paragraph[i]);
                if (isWord && start < 0) start = i;
                else if (!isWord && start >= 0)
                {
                    words.Add(paragraph[start..i].ToLowerInvariant());
                    start = -1;
                }
            }
        }
        return words;
    }

    private static ulong Fnv1a(List<string> words, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + length; w++)
        {
            foreach (var c in words[w])
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            hash ^= ' ';
            hash *= 1099511628211UL;
        }
        // FNV's low bits mix poorly for short keys; a final avalanche spreads them (SplitMix64 finaliser).
        hash ^= hash >> 30; hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27; hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
