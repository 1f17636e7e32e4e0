namespace WireDesk.Formats.Syndication;

/// <summary>What every story of one feed shares: where it came from and what was recovered reading it.</summary>
internal sealed record FeedComposition(
    ParseContext Context,
    string Format,
    string Encoding,
    string? FeedTitle,
    IReadOnlyList<string> SharedWarnings)
{
    /// <summary>The configured agency, else the feed's title (a feed is usually one agency's or one desk's).</summary>
    public string? Agency => Context.DefaultAgency ?? FeedTitle;
}
