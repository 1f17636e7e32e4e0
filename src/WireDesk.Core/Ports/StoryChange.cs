using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Ports;

/// <summary>
/// One atomic write to the store. <see cref="Story"/>'s Id is 0 for a story not stored yet (it then needs a version
/// made current). In <see cref="Audit"/>, StoryId 0 means this story and VersionId 0 means the version written here.
/// </summary>
public sealed record StoryChange(StoredStory Story, NewVersion? Version, IReadOnlyList<AuditEntry> Audit);

/// <summary>A version to append. When <see cref="MakeCurrent"/> is set it becomes the story's current version.</summary>
public sealed record NewVersion(Story Story, long? DeliveryId, DateTimeOffset ReceivedAt, bool MakeCurrent);
