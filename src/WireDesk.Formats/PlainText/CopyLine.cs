namespace WireDesk.Formats.PlainText;

/// <summary>One line of copy: its 1-based number, the text trimmed, and whether it was indented (a paragraph start in wrapped copy).</summary>
internal sealed record CopyLine(int Number, string Text, bool Indented)
{
    public bool IsBlank => Text.Length == 0;

    public static IReadOnlyList<CopyLine> Split(string text)
    {
        var raw = text.ReplaceLineEndings("\n").Split('\n');
        var lines = new List<CopyLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i];
            var indented = line.StartsWith('\t') || line.StartsWith("  ", StringComparison.Ordinal);
            lines.Add(new CopyLine(i + 1, line.Trim(), indented));
        }

        return lines;
    }
}
