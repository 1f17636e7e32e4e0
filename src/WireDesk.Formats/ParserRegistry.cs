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
        new NewsMlG2.NewsMlG2Parser(),
        new Nitf.NitfParser(),
        new NewsMl1.NewsMl1Parser(),
        new Syndication.Rss.RssParser(),
        new Syndication.Rss.RdfParser(),
        new Syndication.Atom.AtomParser(),
        new Syndication.JsonFeed.JsonFeedParser(),
    ];
}
