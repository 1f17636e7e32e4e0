namespace WireDesk.Core.Desk;

/// <summary>
/// Compares two agency versions paragraph by paragraph (longest common subsequence), pairing a removed paragraph with
/// the added one beside it as "changed", and marks the words that differ inside a changed pair.
/// </summary>
public static class ParagraphDiff
{
    // Beyond this many cells the table would cost more than a desk page should; fall back to a positional pairing.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffRow> Compare(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        var rows = new List<DiffRow>();
        var pendingRemoved = new List<string>();
        var pendingAdded = new List<string>();
        void Flush()
        {
            var pairs = Math.Min(pendingRemoved.Count, pendingAdded.Count);
            for (var i = 0; i < pairs; i++) rows.Add(new DiffRow(DiffKind.Changed, pendingRemoved[i], pendingAdded[i]));
            foreach (var r in pendingRemoved.Skip(pairs)) rows.Add(new DiffRow(DiffKind.Removed, r, null));
            foreach (var a in pendingAdded.Skip(pairs)) rows.Add(new DiffRow(DiffKind.Added, null, a));
            pendingRemoved.Clear();
            pendingAdded.Clear();
        }
        foreach (var (kind, index) in Script(older, newer))
        {
            switch (kind)
            {
                case DiffKind.Removed: pendingRemoved.Add(older[index]); break;
                case DiffKind.Added: pendingAdded.Add(newer[index]); break;
                default:
                    Flush();
                    rows.Add(new DiffRow(DiffKind.Same, older[index], older[index]));
                    break;
            }
        }
        Flush();
        return rows;
    }

    /// <summary>The words of <paramref name="older"/> and <paramref name="newer"/> as one run of kept, removed and added text.</summary>
    public static IReadOnlyList<DiffSegment> Words(string older, string newer)
    {
        var a = Tokens(older);
        var b = Tokens(newer);
        var segments = new List<DiffSegment>();
        foreach (var (kind, index) in Script(a, b))
        {
            var text = kind == DiffKind.Added ? b[index] : a[index];
            if (segments.Count > 0 && segments[^1].Kind == kind)
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            else
                segments.Add(new DiffSegment(kind, text));
        }
        return segments;
    }

    /// <summary>
    /// The edit script: (Same, index in older) for a kept item, (Removed, index in older), (Added, index in newer), in
    /// reading order.
    /// </summary>
    private static IEnumerable<(DiffKind Kind, int Index)> Script(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Common head and tail are cheap to take off and are most of an agency update.
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;
        for (var i = 0; i < head; i++) yield return (DiffKind.Same, i);

        var n = a.Count - head - tail;
        var m = b.Count - head - tail;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var i = 0; i < n; i++) yield return (DiffKind.Removed, head + i);
            for (var j = 0; j < m; j++) yield return (DiffKind.Added, head + j);
        }
        else
        {
            // lengths[i, j] = length of the LCS of a[head+i..] and b[head+j..].
            var lengths = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
                for (var j = m - 1; j >= 0; j--)
                    lengths[i, j] = a[head + i] == b[head + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            int x = 0, y = 0;
            while (x < n && y < m)
            {
                if (a[head + x] == b[head + y]) { yield return (DiffKind.Same, head + x); x++; y++; }
                else if (lengths[x + 1, y] >= lengths[x, y + 1]) { yield return (DiffKind.Removed, head + x); x++; }
                else { yield return (DiffKind.Added, head + y); y++; }
            }
            for (; x < n; x++) yield return (DiffKind.Removed, head + x);
            for (; y < m; y++) yield return (DiffKind.Added, head + y);
        }
        for (var i = a.Count - tail; i < a.Count; i++) yield return (DiffKind.Same, i);
    }

    // Words with the space after them, so that joining the segments gives the text back.
    private static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))) continue;
            tokens.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) tokens.Add(text[start..]);
        return tokens;
    }
}
