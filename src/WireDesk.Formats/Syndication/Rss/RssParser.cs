namespace WireDesk.Formats.Syndication.Rss;

/// <summary>RSS 0.91, 0.92, 0.93, 0.94 and 2.0 (root <c>rss</c>): each item one story.</summary>
public sealed class RssParser : ISyndicationParser
{
    public string Format => SyndicationFormats.Rss;

    public ParseResult Parse(DecodedDocument document, ParseContext context) => ParseFeed(document, context).Result;

    public SyndicationResult ParseFeed(DecodedDocument document, ParseContext context) =>
        RssDocumentParser.Parse(document, context, Format);
}
