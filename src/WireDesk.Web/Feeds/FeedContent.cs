namespace WireDesk.Web.Feeds;

/// <summary>Everything one feed document holds, whatever its format.</summary>
public sealed record FeedContent(FeedScope Scope, string Origin, string SelfUrl, DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries, IReadOnlyList<FeedTombstone> Tombstones);
