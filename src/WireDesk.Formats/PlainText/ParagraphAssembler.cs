namespace WireDesk.Formats.PlainText;

/// <summary>
/// Body lines to paragraphs. Blank lines separate blocks. A block of hard-wrapped lines (as wire copy is wrapped
/// at 69-80 columns) is one paragraph per indented run, its lines joined by a space; any other block is one
/// paragraph per line, as republished pages and feeds write them.
/// </summary>
internal static class ParagraphAssembler
{
    private const int MaxWrappedLine = 80;
    private const int MinWrappedLine = 30;

    public static IReadOnlyList<string> Assemble(IEnumerable<CopyLine> lines)
    {
        var paragraphs = new List<string>();
        var block = new List<CopyLine>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                AddBlock(block, paragraphs);
                block.Clear();
            }
            else
            {
                block.Add(line);
            }
        }

        AddBlock(block, paragraphs);
        return paragraphs;
    }

    private static void AddBlock(List<CopyLine> block, List<string> paragraphs)
    {
        if (block.Count == 0) return;
        if (!IsWrapped(block))
        {
            paragraphs.AddRange(block.Select(l => l.Text));
            return;
        }

        var current = new List<string>();
        foreach (var line in block)
        {
            if (line.Indented && current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }

            current.Add(line.Text);
        }

        paragraphs.Add(string.Join(' ', current));
    }

    // Lines continued by a non-indented line must all look wrapped (30-80 characters), and at least one must break
    // mid-sentence: a block whose lines all end a sentence is one paragraph per line.
    private static bool IsWrapped(List<CopyLine> block)
    {
        var continued = Enumerable.Range(0, block.Count - 1).Where(i => !block[i + 1].Indented).Select(i => block[i].Text).ToList();
        return continued.Count > 0
            && continued.All(t => t.Length is >= MinWrappedLine and <= MaxWrappedLine)
            && continued.Any(t => !EndsSentence(t));
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '?' or '!' or '"' or '”' or '’' or '\'' or ':';
}
