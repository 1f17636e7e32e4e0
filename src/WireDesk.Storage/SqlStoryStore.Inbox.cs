using System.Security.Cryptography;
using WireDesk.Core.Health;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Storage.Sql;

namespace WireDesk.Storage;

/// <summary>The durable inbox and the per-source status, on the same database as the stories.</summary>
public abstract partial class SqlStoryStore : IInbox, ISourceStatusStore
{
    public Task<InboxReceipt> AcceptAsync(InboxDelivery delivery, InboxClaim? claim, CancellationToken cancellationToken)
    {
        CheckHash(delivery);
        return WriteAsync(session => InboxQueries.AcceptAsync(session, delivery, claim, cancellationToken), cancellationToken);
    }

    private static void CheckHash(InboxDelivery delivery)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(delivery.Raw.Bytes));
        if (!string.Equals(actual, delivery.Raw.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException(
                $"delivery SHA-256 '{delivery.Raw.Sha256}' does not match its bytes ({actual})", nameof(delivery));
    }

    public Task<IReadOnlyList<InboxReceipt>> AcceptManyAsync(IReadOnlyList<InboxDelivery> deliveries, InboxClaim? claim,
        CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries) CheckHash(delivery);
        if (deliveries.Count == 0) return Task.FromResult<IReadOnlyList<InboxReceipt>>([]);
        return WriteAsync<IReadOnlyList<InboxReceipt>>(async session =>
        {
            var receipts = new InboxReceipt[deliveries.Count];
            for (var i = 0; i < deliveries.Count; i++)
                receipts[i] = await InboxQueries.AcceptAsync(session, deliveries[i], claim, cancellationToken);
            return receipts;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<InboxItem>> ClaimAsync(InboxClaim claim, int max, CancellationToken cancellationToken) =>
        WriteAsync(session => InboxQueries.ClaimAsync(session, claim, max, cancellationToken), cancellationToken);

    public Task<InboxItem?> ClaimByIdAsync(long id, InboxClaim claim, CancellationToken cancellationToken) =>
        WriteAsync(session => InboxQueries.ClaimByIdAsync(session, id, claim, cancellationToken), cancellationToken);

    public Task CompleteAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await InboxQueries.CompleteAsync(session, id, at, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task CompleteManyAsync(IReadOnlyCollection<long> ids, DateTimeOffset at, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.CompletedTask : WriteAsync(async session =>
        {
            foreach (var id in ids) await InboxQueries.CompleteAsync(session, id, at, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task QuarantineAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await InboxQueries.QuarantineAsync(session, id, reason, at, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task<bool> ReplayAsync(long id, CancellationToken cancellationToken) =>
        WriteAsync(session => InboxQueries.ReplayAsync(session, id, cancellationToken), cancellationToken);

    public Task<int> ReplayFailedAsync(CancellationToken cancellationToken) =>
        WriteAsync(session => InboxQueries.ReplayFailedAsync(session, cancellationToken), cancellationToken);

    public Task<InboxEntry?> GetEntryAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync(session => InboxQueries.GetEntryAsync(session, id, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<InboxEntry>> ListFailedAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync(session => InboxQueries.ListFailedAsync(session, limit, cancellationToken), cancellationToken);

    public Task<InboxDepth> DepthAsync(CancellationToken cancellationToken) =>
        ReadAsync(session => InboxQueries.DepthAsync(session, cancellationToken), cancellationToken);

    public Task RecordSuccessAsync(string source, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await SourceStatusQueries.SuccessAsync(session, source, at, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task RecordFailureAsync(string source, string error, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await SourceStatusQueries.FailureAsync(session, source, error, at, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task RecordLiveAsync(string source, DateTimeOffset at, TimeSpan receiptLag, TimeSpan? agencyLag, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await SourceStatusQueries.LiveAsync(session, source, at, receiptLag, agencyLag, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task SavePollStateAsync(string source, PollState state, CancellationToken cancellationToken) =>
        WriteAsync(async session =>
        {
            await SourceStatusQueries.PollAsync(session, source, state, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<SourceStatus>> ListStatusAsync(DateTimeOffset itemsSince, CancellationToken cancellationToken) =>
        ReadAsync(session => SourceStatusQueries.ListAsync(session, itemsSince, cancellationToken), cancellationToken);
}
