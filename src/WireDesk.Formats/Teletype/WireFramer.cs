namespace WireDesk.Formats.Teletype;

/// <summary>
/// Splits teletype text into framed messages: SYN* SOH header STX text ETX [post-text] EOT. A file may carry several
/// messages; each starts at a SOH (or, without one, at a STX).
/// </summary>
public static class WireFramer
{
    public static IReadOnlyList<WireFrame> Split(string text)
    {
        var frames = new List<WireFrame>();
        foreach (var message in Messages(text))
            frames.Add(Frame(frames.Count, message));
        return frames;
    }

    private static IEnumerable<string> Messages(string text)
    {
        var start = text.IndexOf(WireControl.Soh);
        if (start < 0)
        {
            var stx = text.IndexOf(WireControl.Stx);
            if (stx >= 0) yield return text[stx..];
            yield break;
        }

        while (start >= 0)
        {
            var next = text.IndexOf(WireControl.Soh, start + 1);
            yield return next < 0 ? text[(start + 1)..] : text[(start + 1)..next];
            start = next;
        }
    }

    private static WireFrame Frame(int index, string message)
    {
        var stx = message.IndexOf(WireControl.Stx);
        if (stx < 0)
            return new WireFrame(index, Clean(message), "", "") { HasStartOfText = false, Terminated = false };

        var header = Clean(message[..stx]);
        var body = message[(stx + 1)..];
        var etx = body.IndexOf(WireControl.Etx);
        if (etx < 0)
            return new WireFrame(index, header, Clean(body), "") { Terminated = false };

        return new WireFrame(index, header, Clean(body[..etx]), Clean(body[(etx + 1)..]));
    }

    // What is left of other controls (SYN fill, EOT, stray separators) is line noise, not text.
    private static string Clean(string part)
    {
        var eot = part.IndexOf(WireControl.Eot);
        if (eot >= 0) part = part[..eot];
        var cleaned = string.Create(part.Length, part, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < ' ' && c is not '\t' and not '\n' and not '\r' ? ' ' : c;
            }
        }).TrimEnd();
        return WithoutLeadingBlankLines(cleaned);
    }

    // Leading blank lines go; the first line's indentation stays (it may mark a paragraph).
    private static string WithoutLeadingBlankLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') start = i + 1;
            else if (!char.IsWhiteSpace(text[i])) break;
        }

        return text[start..];
    }
}
