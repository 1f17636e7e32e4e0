namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>A JSON Feed 1.0 / 1.1 document as read (https://jsonfeed.org/version/1.1).</summary>
internal sealed class JsonFeedDocument
{
    /// <summary>json1, json11, or plain "json" when the version URL is missing or unknown.</summary>
    public string Version { get; set; } = "json";

    public string? Title { get; set; }

    public string? HomePageUrl { get; set; }

    public string? FeedUrl { get; set; }

    public string? Language { get; set; }

    /// <summary>1.1 <c>authors</c>, or 1.0 <c>author</c>; the items' authors where an item names none.</summary>
    public List<JsonFeedAuthor> Authors { get; } = [];

    public List<EntryOrError<JsonFeedItem>> Items { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>Breaks the feed as a whole answers for: the JSON ending before its values do (a truncated delivery),
    /// and a break outside the items that left not a single item to read.</summary>
    public List<ParseError> Errors { get; } = [];
}
