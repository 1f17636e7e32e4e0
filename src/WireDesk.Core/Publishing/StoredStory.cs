using WireDesk.Core.Stories;

namespace WireDesk.Core.Publishing;

/// <summary>A story as the store keeps it: its identity and URL, its publishing state and its current version.</summary>
public sealed record StoredStory
{
    public required long Id { get; init; }
    public required string Source { get; init; }
    public required string Guid { get; init; }
    /// <summary>Taken from the first headline and never changed, so the URL stays stable.</summary>
    public required string Slug { get; init; }
    public required StoryState State { get; init; }
    public required Story Current { get; init; }
    public long CurrentVersionId { get; init; }
    public DateTimeOffset? EmbargoUntil { get; init; }
    /// <summary>When the story first went live: datePublished. Null until then.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>When the live copy last changed: dateModified and the visible "Updated" time.</summary>
    public DateTimeOffset? ModifiedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? HeadlineOverride { get; init; }
    public string? Section { get; init; }
    public long? ClusterId { get; init; }
    public bool Reviewed { get; init; }
    public bool Edited { get; init; }
    public string? HoldReason { get; init; }
    public string? KillReason { get; init; }

    public string DisplayHeadline => HeadlineOverride ?? Current.Headline ?? "";

    public string Path => $"/{Slug}-{Id}";
}
