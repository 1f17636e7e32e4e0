using System.Buffers;
using System.Runtime.CompilerServices;

namespace WireDesk.Formats.Xml;

/// <summary>
/// XML white space as HTML renders it: runs of space, tab, CR and LF become one space. No-break space (U+00A0)
/// and other Unicode spaces are text the agency chose and are kept.
/// </summary>
public static class WhiteSpace
{
    private const int StackLimit = 512;


    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsXmlSpace(char c) => c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r');

    /// <summary>Collapses runs to one space and trims the ends; the same instance when there is nothing to do.</summary>
    public static string Collapse(string text)
    {
        if (text.Length == 0 || !NeedsCollapsing(text)) return text;

        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var written = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsXmlSpace(c))
            {
                pendingSpace = written > 0;
                continue;
            }
            if (pendingSpace) buffer[written++] = ' ';
            pendingSpace = false;
            buffer[written++] = c;
        }
        var collapsed = written == 0 ? "" : new string(buffer[..written]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    private static bool NeedsCollapsing(string text) =>
        IsXmlSpace(text[0]) || IsXmlSpace(text[^1])
        || text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0
        || text.Contains("  ", StringComparison.Ordinal);
}
