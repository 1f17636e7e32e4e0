namespace WireDesk.Formats.Teletype;

/// <summary>One line of teletype text: its content without layout marks, and whether it was indented.</summary>
internal readonly record struct WireLine(string Content, bool Indented)
{
    public bool IsBlank => Content.Length == 0;

    public static IReadOnlyList<WireLine> Split(string text)
    {
        var lines = new List<WireLine>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
            lines.Add(Read(raw));
        return lines;
    }

    // AP's ANPA copy starts lines with "^" and ends them with "<" (quad marks): layout, not text.
    private static WireLine Read(string raw)
    {
        var start = raw.StartsWith('^') ? 1 : 0;
        var indented = raw.Length > start && (raw[start] == '\t' || raw.AsSpan(start).StartsWith("  "));
        var content = raw[start..].Trim();
        if (content.EndsWith('<')) content = content[..^1].TrimEnd();
        return new WireLine(content, indented);
    }
}
