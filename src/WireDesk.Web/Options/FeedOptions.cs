namespace WireDesk.Web;

/// <summary>Feeds out (RSS, Atom, JSON Feed). Section "Site:Feeds".</summary>
public sealed record FeedOptions
{
    /// <summary>The whole agency body in each item; otherwise the teaser only.</summary>
    public bool FullText { get; init; } = true;
    public int Items { get; init; } = 50;
    /// <summary>How long a killed story stays in Atom feeds as an RFC 6721 tombstone.</summary>
    public int TombstoneDays { get; init; } = 7;
}
