namespace WireDesk.Formats.Syndication;

/// <summary>
/// Recognises, without building a <see cref="Uri"/>, the address nearly every feed link is: "http(s)://" + a host of
/// lower-case dot-separated labels + an optional port + a path of plain ASCII. Every such string is an absolute web
/// URI to <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> too; anything else (upper case, IDN, IPv6, user info,
/// odd escapes) returns false and takes the full parse.
/// </summary>
internal static class PlainWebAddress
{
    public static bool Is(string text)
    {
        var at = text.StartsWith("https://", StringComparison.Ordinal) ? 8
            : text.StartsWith("http://", StringComparison.Ordinal) ? 7
            : -1;
        if (at < 0 || !Host(text, ref at)) return false;
        if (at < text.Length && text[at] == ':' && !Port(text, ref at)) return false;
        if (at == text.Length) return true;
        if (text[at] is not ('/' or '?' or '#')) return false;
        for (; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '%')
            {
                if (at + 2 >= text.Length || !char.IsAsciiHexDigit(text[at + 1]) || !char.IsAsciiHexDigit(text[at + 2])) return false;
            }
            else if (!PathCharacter(c)) return false;
        }

        return true;
    }

    private static bool Host(string text, ref int at)
    {
        var labelStart = at;
        for (; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '.')
            {
                if (at == labelStart || text[at - 1] == '-') return false;
                labelStart = at + 1;
            }
            else if (c == '-')
            {
                if (at == labelStart) return false;
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) break;
        }

        // The last label is not empty, does not end in '-', and (as in a real domain) starts with a letter.
        return at > labelStart && text[at - 1] != '-' && char.IsAsciiLetterLower(text[labelStart]) && at - labelStart <= 63;
    }

    private static bool Port(string text, ref int at)
    {
        var start = ++at;
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        return at - start is >= 1 and <= 4;
    }

    // RFC 3986 unreserved and sub-delims, plus the ':' '@' '/' '?' '#' a path, query and fragment use.
    private static bool PathCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*'
            or '+' or ',' or ';' or '=' or ':' or '@' or '/' or '?' or '#';
}
