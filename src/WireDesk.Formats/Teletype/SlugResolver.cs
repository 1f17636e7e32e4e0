namespace WireDesk.Formats.Teletype;

/// <summary>Which slug and take a message carries: the header's, else the keyword line's at the top of the text.</summary>
public static class SlugResolver
{
    /// <summary>
    /// The header's keyword wins; the keyword line supplies the keyword when the header has none, and the take when
    /// the header's slug has no take (AP repeats "BC-US-Obit-Smith,1stLd-Writethru,0452" in the text).
    /// </summary>
    public static (string? Keyword, TakeKey Take) Resolve(string? headerKeyword, TakeKey? headerTake, WireText text)
    {
        var fromLine = text.KeywordLine is { } line ? SlugReader.Split(line) : default;
        var keyword = headerKeyword ?? fromLine.Keyword;
        var take = headerTake is { Text.Length: > 0 } ? headerTake : TakeKeyReader.Read(fromLine.Take);
        return (keyword, take);
    }

    /// <summary>True when the line starts with the header's keyword, alone or followed by its take.</summary>
    public static bool RepeatsKeyword(string line, string? keyword) =>
        keyword is not null && line.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
        && (line.Length == keyword.Length || line[keyword.Length] is ',' or ' ' or '/');

    /// <summary>The non-blank lines of the text after ETX, where some senders put the trailer.</summary>
    public static IEnumerable<string> PostTextLines(WireFrame frame) =>
        frame.PostText.Length == 0
            ? []
            : frame.PostText.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
