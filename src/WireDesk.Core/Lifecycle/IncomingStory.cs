using WireDesk.Core.Duplicates;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Lifecycle;

/// <summary>Everything the lifecycle needs to decide about one parsed story.</summary>
public sealed record IncomingStory(
    Story Story,
    SourcePolicy Policy,
    StoredStory? Existing,
    IReadOnlyList<StoredVersion> ExistingVersions,
    DuplicateMatch? Duplicate,
    long? DeliveryId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Now);
