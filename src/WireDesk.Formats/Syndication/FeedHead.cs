namespace WireDesk.Formats.Syndication;

/// <summary>
/// What a feed says about itself, as opposed to its entries. Stories carry the title as their
/// <see cref="Core.Stories.Story.Creditline"/> (and as the agency when the source names none); the link is
/// kept here for whoever needs the feed's home page.
/// </summary>
/// <param name="Version">The dialect read, in feedparser's names: <c>rss20</c>, <c>rss091u</c>, <c>rss10</c>,
/// <c>atom10</c>, <c>atom03</c>, <c>json11</c> ...</param>
public sealed record FeedHead(string Version)
{
    /// <summary>The feed title as plain text.</summary>
    public string? Title { get; init; }

    /// <summary>The feed's home page, resolved to an absolute URI where it could be.</summary>
    public string? Link { get; init; }

    public string? Language { get; init; }
}
