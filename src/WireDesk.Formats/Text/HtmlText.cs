namespace WireDesk.Formats.Text;

/// <summary>Escapes text for HTML element content and attribute values; leaves every other character as it is.</summary>
internal static class HtmlText
{
    private const string Special = "&<>\"";

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        return string.Create(EscapedLength(text), text, static (destination, source) => EscapeInto(source, destination));
    }

    /// <summary>The length of <paramref name="text"/> once escaped.</summary>
    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        var rest = text;
        int at;
        while ((at = rest.IndexOfAny(Special)) >= 0)
        {
            length += rest[at] switch { '&' => 4, '"' => 5, _ => 3 };
            rest = rest[(at + 1)..];
        }
        return length;
    }

    /// <summary>Writes <paramref name="text"/> escaped into <paramref name="destination"/>; returns the characters written.</summary>
    public static int EscapeInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        var rest = text;
        int at;
        while ((at = rest.IndexOfAny(Special)) >= 0)
        {
            rest[..at].CopyTo(destination[written..]);
            written += at;
            var entity = rest[at] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&quot;" };
            entity.CopyTo(destination[written..]);
            written += entity.Length;
            rest = rest[(at + 1)..];
        }
        rest.CopyTo(destination[written..]);
        return written + rest.Length;
    }
}
