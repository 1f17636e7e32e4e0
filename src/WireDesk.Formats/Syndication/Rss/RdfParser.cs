namespace WireDesk.Formats.Syndication.Rss;

/// <summary>RSS 1.0 and RSS 0.90 (root <c>rdf:RDF</c>, items beside the channel): each item one story.</summary>
public sealed class RdfParser : ISyndicationParser
{
    public string Format => SyndicationFormats.Rdf;

    public ParseResult Parse(DecodedDocument document, ParseContext context) => ParseFeed(document, context).Result;

    public SyndicationResult ParseFeed(DecodedDocument document, ParseContext context) =>
        RssDocumentParser.Parse(document, context, Format);
}
