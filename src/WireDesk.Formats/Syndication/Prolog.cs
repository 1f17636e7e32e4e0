namespace WireDesk.Formats.Syndication;

/// <summary>Where the DOCTYPE and a misplaced XML declaration stand before a document's root element.</summary>
internal readonly record struct Prolog(TextSpan? Doctype, TextSpan? MisplacedDeclaration, int RootStart)
{
    public static Prolog Read(string text)
    {
        TextSpan? doctype = null;
        TextSpan? misplaced = null;
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length) return new Prolog(doctype, misplaced, -1);
            var rest = text.AsSpan(lt);
            if (rest.StartsWith("<?"))
            {
                var end = End(text, lt, "?>");
                if (rest.StartsWith("<?xml") && rest.Length > 5 && char.IsWhiteSpace(rest[5]) && lt > 0)
                    misplaced = new TextSpan(lt, end - lt);
                i = end;
            }
            else if (rest.StartsWith("<!--")) i = End(text, lt + 4, "-->");
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                var end = DoctypeEnd(text, lt);
                doctype = new TextSpan(lt, end - lt);
                i = end;
            }
            else return new Prolog(doctype, misplaced, lt);
        }

        return new Prolog(doctype, misplaced, -1);
    }

    private static int End(string text, int from, string marker)
    {
        var end = text.IndexOf(marker, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + marker.Length;
    }

    /// <summary>The index after the DOCTYPE's closing '&gt;', stepping over its internal subset and quoted strings.</summary>
    private static int DoctypeEnd(string text, int start)
    {
        var inSubset = false;
        var quote = '\0';
        for (var i = start + 2; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '<' when inSubset && text.AsSpan(i).StartsWith("<!--"):
                    i = End(text, i + 4, "-->") - 1;
                    break;
                case '[':
                    inSubset = true;
                    break;
                case ']':
                    inSubset = false;
                    break;
                case '>' when !inSubset:
                    return i + 1;
            }
        }

        return text.Length;
    }
}
