using WireDesk.Core.Stories;

namespace WireDesk.Core.Publishing;

/// <summary>One agency version of a story, append-only: never updated in place.</summary>
public sealed record StoredVersion(
    long Id,
    long StoryId,
    int? Version,
    DateTimeOffset? VersionCreated,
    long Arrival,
    string ContentHash,
    Story Story,
    long? DeliveryId,
    DateTimeOffset ReceivedAt);
