namespace WireDesk.Formats.Syndication;

/// <summary>A parsed feed: its head, its stories and per-entry errors, and what had to be recovered.</summary>
/// <param name="Recoveries">Each "bozo: ..." note: the feed was not well-formed (or not clean) and was read
/// anyway. The same notes are on every story as warnings; they are listed here too for feeds without entries.</param>
public sealed record SyndicationResult(FeedHead Feed, ParseResult Result, IReadOnlyList<string> Recoveries)
{
    public bool HadToRecover => Recoveries.Count > 0;
}
