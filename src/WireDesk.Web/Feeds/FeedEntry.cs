using WireDesk.Core.Publishing;

namespace WireDesk.Web.Feeds;

/// <summary>
/// A story as every feed format carries it. <see cref="Id"/> is the canonical URL of the story's stable path: the same
/// for every version of the story, so readers replace an updated item instead of showing it twice.
/// </summary>
public sealed record FeedEntry(StoredStory Story, string Id, string Url, string Title, string Summary, string? ContentHtml,
    DateTimeOffset Published, DateTimeOffset Updated, string Author);

/// <summary>A killed story's RFC 6721 tombstone: the id it had and when it was removed.</summary>
public sealed record FeedTombstone(string Ref, DateTimeOffset When);
