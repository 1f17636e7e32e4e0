namespace WireDesk.Formats;

/// <summary>Every format WireDesk reads, one parser each.</summary>
public static class ParserRegistry
{
    public static IReadOnlyList<IStoryParser> All() =>
    [
        new PlainText.PlainTextParser(),
    ];
}
