namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1: each item one story.</summary>
public sealed class JsonFeedParser : ISyndicationParser
{
    public string Format => SyndicationFormats.JsonFeed;

    public ParseResult Parse(DecodedDocument document, ParseContext context) => ParseFeed(document, context).Result;

    public SyndicationResult ParseFeed(DecodedDocument document, ParseContext context)
    {
        if (document.Source.Bytes.LongLength > context.MaxDocumentBytes || document.Text.Length > context.MaxDocumentBytes)
            return FeedAssembly.Failed("json", new ParseError(document.Source.Name, $"the document is larger than the {context.MaxDocumentBytes} bytes allowed"));

        var recoveries = new List<string>();
        var feed = JsonFeedReader.Read(document.Text, recoveries);
        if (feed.Items.Count == 0 && recoveries.Count > 0 && feed.Title is null)
            return FeedAssembly.Failed(feed.Version, new ParseError(document.Source.Name, recoveries[0]));

        var head = JsonFeedMapper.Head(feed);
        var documentBase = LinkResolver.WebUriOrNull(document.Source.Name);
        var result = FeedAssembly.Assemble(document, context, Format, head, feed.Items, recoveries,
            item => JsonFeedMapper.ToDraft(item, feed, head, context, documentBase), feed.Warnings, feed.Errors);
        return result;
    }
}
