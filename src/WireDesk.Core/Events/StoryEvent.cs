namespace WireDesk.Core.Events;

/// <summary>A change readers can see: published, updated, withheld or killed, with the story's URL path.</summary>
public sealed record StoryEvent(long Sequence, StoryEventKind Kind, long StoryId, string Path, DateTimeOffset At);

public enum StoryEventKind
{
    Published,
    Updated,
    Withheld,
    Killed,
}
