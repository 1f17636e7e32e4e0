using WireDesk.Core.Publishing;

namespace WireDesk.Core.Ports;

/// <summary>
/// A listing of stories, newest first (by published time, then id). With <see cref="VisibleAt"/> set, only what
/// <see cref="Visibility.IsVisible"/> allows at that instant is returned; otherwise <see cref="States"/> filters.
/// </summary>
public sealed record StoryQuery
{
    public DateTimeOffset? VisibleAt { get; init; }
    public IReadOnlyList<StoryState>? States { get; init; }
    public string? Source { get; init; }
    public string? Agency { get; init; }
    public string? Section { get; init; }
    public bool? Reviewed { get; init; }
    /// <summary>Only stories whose current version's urgency is set and at most this (1 is most urgent).</summary>
    public int? UrgencyAtMost { get; init; }
    /// <summary>Only published stories whose embargo lifts after this instant (for the embargo scheduler).</summary>
    public DateTimeOffset? EmbargoLiftsAfter { get; init; }
    /// <summary>Keyset cursor: only stories that sort after this (published time, id) pair.</summary>
    public (DateTimeOffset At, long Id)? After { get; init; }
    public int Limit { get; init; } = 50;
}
