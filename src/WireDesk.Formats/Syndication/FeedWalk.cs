namespace WireDesk.Formats.Syndication;

/// <summary>What walking one XML feed gave: the handler with what it read, and the breaks met on the way.</summary>
internal sealed record FeedWalk<THandler>(THandler Handler, bool SawRoot, IReadOnlyList<string> Recoveries, IReadOnlyList<ParseError> Errors)
    where THandler : IFeedXmlHandler;
