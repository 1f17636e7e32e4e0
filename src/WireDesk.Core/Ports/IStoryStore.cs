using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Ports;

/// <summary>
/// The store of deliveries, stories, their versions and their audit trail. Implemented for SQLite and PostgreSQL;
/// each call is one transaction.
/// </summary>
public interface IStoryStore
{
    /// <summary>Keeps the raw bytes of a delivery before anything is done with them; returns its id.</summary>
    Task<long> AddDeliveryAsync(RawDelivery delivery, CancellationToken cancellationToken);

    Task<RawDelivery?> GetDeliveryAsync(long id, CancellationToken cancellationToken);

    Task<StoredStory?> GetAsync(long id, CancellationToken cancellationToken);

    Task<StoredStory?> FindAsync(string source, string guid, CancellationToken cancellationToken);

    /// <summary>All versions of a story in the order they arrived.</summary>
    Task<IReadOnlyList<StoredVersion>> GetVersionsAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a change atomically: the story row (created when <see cref="StoryChange.Story"/> has Id 0), an optional new
    /// version (made current when asked), and audit entries. Returns the story as stored, with its ids.
    /// </summary>
    Task<StoredStory> SaveAsync(StoryChange change, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredStory>> ListAsync(StoryQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(long storyId, CancellationToken cancellationToken);
}
