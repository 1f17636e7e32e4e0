using WireDesk.Core.Inbox;

namespace WireDesk.Core.Ports;

/// <summary>
/// The durable inbox: every delivery, whatever its transport, is committed here before it is acknowledged, then
/// claimed and processed at least once. Claims are leases: a claim not completed in time (a crash) is taken again.
/// </summary>
public interface IInbox
{
    /// <summary>
    /// Commits a delivery as pending. A delivery whose (source, idempotency key) is already held is not stored again:
    /// the receipt names the first one and says <see cref="InboxReceipt.Repeated"/>. With <paramref name="claim"/> the
    /// new delivery is claimed by the caller in the same transaction, for callers that process it themselves.
    /// </summary>
    Task<InboxReceipt> AcceptAsync(InboxDelivery delivery, InboxClaim? claim, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AcceptAsync"/> for several deliveries in one transaction (one commit for a whole batch); the receipts
    /// come in the order of the deliveries. A key repeated within the batch is a repeat of its first occurrence.
    /// </summary>
    Task<IReadOnlyList<InboxReceipt>> AcceptManyAsync(IReadOnlyList<InboxDelivery> deliveries, InboxClaim? claim, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> pending deliveries whose lease is free or expired, oldest first.</summary>
    Task<IReadOnlyList<InboxItem>> ClaimAsync(InboxClaim claim, int max, CancellationToken cancellationToken);

    /// <summary>Claims one delivery by id when it is pending and its lease is free, expired or already the owner's.</summary>
    Task<InboxItem?> ClaimByIdAsync(long id, InboxClaim claim, CancellationToken cancellationToken);

    /// <summary>Marks a processed delivery done; its bytes stay for the record.</summary>
    Task CompleteAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks processed deliveries done in one transaction (one commit for a whole batch).</summary>
    Task CompleteManyAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks a delivery failed with the reason; it stays until replayed.</summary>
    Task QuarantineAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Puts a delivery back to pending (any status) with its lease freed; false when there is no such delivery.</summary>
    Task<bool> ReplayAsync(long id, CancellationToken cancellationToken);

    /// <summary>Puts every failed delivery back to pending; returns how many.</summary>
    Task<int> ReplayFailedAsync(CancellationToken cancellationToken);

    Task<InboxEntry?> GetEntryAsync(long id, CancellationToken cancellationToken);

    /// <summary>Failed deliveries, newest first.</summary>
    Task<IReadOnlyList<InboxEntry>> ListFailedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>How many deliveries are pending (claimed or not) and failed.</summary>
    Task<InboxDepth> DepthAsync(CancellationToken cancellationToken);
}
