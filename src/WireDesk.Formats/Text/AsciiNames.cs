namespace WireDesk.Formats.Text;

/// <summary>
/// Tag names lower-cased on the stack, for sets matched with a <c>switch</c> instead of a hash set.
/// </summary>
/// <remarks>
/// Hot paths of the parsers avoid <c>HashSet.GetAlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;</c> and
/// <c>SearchValues&lt;char&gt;</c>: the framework ships no precompiled code for those generic instantiations, so a
/// short-lived <c>wiredesk parse</c> ran them in the JIT's unoptimised first tier for most of its run
/// (docs/PERFORMANCE.md, Parsing). Plain <c>IndexOfAny(a, b, ...)</c> and a <c>switch</c> are precompiled.
/// </remarks>
internal static class AsciiNames
{
    /// <summary>Longer than any name the callers' sets hold.</summary>
    public const int MaxLength = 16;

    /// <summary>The ASCII name lower-cased into <paramref name="buffer"/>; empty when it is longer than
    /// <see cref="MaxLength"/> or not ASCII (no set holds such a name).</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> name, Span<char> buffer)
    {
        if (name.Length > MaxLength || name.Length > buffer.Length) return [];
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c > '\u007F') return [];
            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return buffer[..name.Length];
    }
}
