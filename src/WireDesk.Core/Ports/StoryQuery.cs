using WireDesk.Core.Publishing;

namespace WireDesk.Core.Ports;

/// <summary>
/// A listing of stories, newest first (by published time, then id), or oldest first with <see cref="OldestFirst"/>.
/// With <see cref="VisibleAt"/> set, only what <see cref="Visibility.IsVisible"/> allows at that instant is returned;
/// otherwise <see cref="States"/> filters.
/// </summary>
public sealed record StoryQuery
{
    public DateTimeOffset? VisibleAt { get; init; }
    public IReadOnlyList<StoryState>? States { get; init; }
    public string? Source { get; init; }
    /// <summary>The agency named in the copy, compared without regard to ASCII case ("ani" finds "ANI").</summary>
    public string? Agency { get; init; }
    public string? Section { get; init; }
    /// <summary>The dateline's place, compared without regard to ASCII case.</summary>
    public string? Place { get; init; }
    /// <summary>Stories in one duplicate cluster: the same event reported by several agencies.</summary>
    public long? ClusterId { get; init; }
    public bool? Reviewed { get; init; }
    /// <summary>Only stories whose current version's urgency is set and at most this (1 is most urgent).</summary>
    public int? UrgencyAtMost { get; init; }
    /// <summary>Only published stories whose embargo lifts after this instant (for the embargo scheduler).</summary>
    public DateTimeOffset? EmbargoLiftsAfter { get; init; }
    /// <summary>Only stories whose listing instant (published time, received time until published) is at or after this.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Only stories whose live copy last changed (<see cref="StoredStory.ModifiedAt"/>) at or after this.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }
    /// <summary>Keyset cursor: only stories that sort after this (published time, id) pair in the listing's order.</summary>
    public (DateTimeOffset At, long Id)? After { get; init; }
    public bool OldestFirst { get; init; }
    public int Limit { get; init; } = 50;
}
