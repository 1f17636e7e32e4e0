namespace WireDesk.Formats.Syndication;

/// <summary>A feed parser that also reports the feed's own head and the recoveries it made.</summary>
public interface ISyndicationParser : IStoryParser
{
    SyndicationResult ParseFeed(DecodedDocument document, ParseContext context);
}
