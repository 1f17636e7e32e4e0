namespace WireDesk.Formats.Syndication;

/// <summary>What walking one XML feed gave: the input as read (repaired or not), the handler with what it read, the
/// "bozo" recoveries of both, and the errors the feed as a whole answers for.</summary>
internal sealed record FeedWalk<THandler>(
    XmlFeedInput Input,
    THandler Handler,
    bool SawRoot,
    IReadOnlyList<string> Recoveries,
    IReadOnlyList<ParseError> Errors)
    where THandler : IFeedXmlHandler;
