namespace WireDesk.Formats;

/// <summary>Every format WireDesk reads, one parser each.</summary>
public static class ParserRegistry
{
    public static IReadOnlyList<IStoryParser> All() =>
    [
        new PlainText.PlainTextParser(),
        new Ninjs.NinjsParser(),
        new Anpa.AnpaParser(),
        new Iptc7901.Iptc7901Parser(),
    ];
}
