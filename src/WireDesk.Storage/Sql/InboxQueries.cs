using System.Data.Common;
using System.Text.Json;
using WireDesk.Core.Inbox;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Sql;

/// <summary>The durable inbox on the deliveries table: accept, claim with a lease, complete, quarantine, replay.</summary>
internal static class InboxQueries
{
    private const string RawColumns = "id, source, bytes, content_type, sha256, received_at, transport, name, attempts";

    private const string Accept = """
        INSERT INTO deliveries (source, transport, name, content_type, sha256, bytes, received_at, idempotency_key,
                                metadata, lease_owner, lease_until, attempts)
        VALUES (@Source, @Transport, @Name, @ContentType, @Sha256, @Bytes, @ReceivedAt, @IdempotencyKey,
                @Metadata, @LeaseOwner, @LeaseUntil, @Attempts)
        ON CONFLICT (source, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
        RETURNING id
        """;

    private const string SelectByKey = """
        SELECT id, status FROM deliveries WHERE source = @Source AND idempotency_key = @IdempotencyKey
        """;

    private const string Free = "status = 'pending' AND (lease_until IS NULL OR lease_until < @Now)";

    private const string ClaimById = $"""
        UPDATE deliveries SET lease_owner = @Owner, lease_until = @Until, attempts = attempts + 1
        WHERE id = @Id AND status = 'pending' AND (lease_until IS NULL OR lease_until < @Now OR lease_owner = @Owner)
        RETURNING {RawColumns}
        """;

    private const string Complete = """
        UPDATE deliveries SET status = 'done', processed_at = @At, error = NULL, lease_owner = NULL, lease_until = NULL
        WHERE id = @Id
        """;

    private const string Quarantine = """
        UPDATE deliveries SET status = 'failed', processed_at = @At, error = @Reason, lease_owner = NULL, lease_until = NULL
        WHERE id = @Id
        """;

    private const string Replay = """
        UPDATE deliveries SET status = 'pending', processed_at = NULL, lease_owner = NULL, lease_until = NULL
        WHERE id = @Id
        """;

    private const string ReplayFailed = """
        UPDATE deliveries SET status = 'pending', processed_at = NULL, lease_owner = NULL, lease_until = NULL
        WHERE status = 'failed'
        """;

    private const string EntryColumns =
        "id, source, transport, name, received_at, status, error, attempts, processed_at, idempotency_key";

    private const string Depth = """
        SELECT (SELECT COUNT(*) FROM deliveries WHERE status = 'pending'),
               (SELECT COUNT(*) FROM deliveries WHERE status = 'failed')
        """;

    public static async Task<InboxReceipt> AcceptAsync(
        SqlSession session, InboxDelivery delivery, InboxClaim? claim, CancellationToken cancellationToken)
    {
        var raw = delivery.Raw;
        var parameters = DeliveryQueries.RawParameters(session, raw).AddTemplate(new
        {
            delivery.IdempotencyKey,
            Metadata = delivery.Metadata.Count == 0 ? null : JsonSerializer.Serialize(delivery.Metadata),
            LeaseOwner = claim?.Owner,
            Attempts = claim is null ? 0 : 1,
        });
        session.AddInstant(parameters, "LeaseUntil", claim?.Until);
        var id = await session.ScalarAsync<long?>(Accept, parameters, cancellationToken);
        if (id is { } newId) return new InboxReceipt(newId, Repeated: false, InboxStatus.Pending, Claimed: claim is not null);

        await using var reader = await session.ReaderAsync(SelectByKey, new { raw.Source, delivery.IdempotencyKey }, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException($"delivery '{delivery.IdempotencyKey}' from '{raw.Source}' was neither stored nor found");
        return new InboxReceipt(reader.GetInt64(0), Repeated: true, ParseStatus(reader.GetString(1)), Claimed: false);
    }

    public static async Task<IReadOnlyList<InboxItem>> ClaimAsync(
        SqlSession session, InboxClaim claim, int max, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE deliveries SET lease_owner = @Owner, lease_until = @Until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM deliveries WHERE {Free} ORDER BY id LIMIT @Max {session.Dialect.SkipLockedClause})
            RETURNING {RawColumns}
            """;
        var items = await ReadItemsAsync(session, sql, ClaimParameters(session, claim, new { Max = max }), cancellationToken);
        return [.. items.OrderBy(i => i.Id)];
    }

    public static async Task<InboxItem?> ClaimByIdAsync(
        SqlSession session, long id, InboxClaim claim, CancellationToken cancellationToken) =>
        (await ReadItemsAsync(session, ClaimById, ClaimParameters(session, claim, new { Id = id }), cancellationToken))
        .SingleOrDefault();

    public static Task CompleteAsync(SqlSession session, long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Id = id });
        session.AddInstant(parameters, "At", at);
        return session.ExecuteAsync(Complete, parameters, cancellationToken);
    }

    public static Task QuarantineAsync(SqlSession session, long id, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Id = id, Reason = reason });
        session.AddInstant(parameters, "At", at);
        return session.ExecuteAsync(Quarantine, parameters, cancellationToken);
    }

    public static async Task<bool> ReplayAsync(SqlSession session, long id, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(Replay, new { Id = id }, cancellationToken) > 0;

    public static Task<int> ReplayFailedAsync(SqlSession session, CancellationToken cancellationToken) =>
        session.ExecuteAsync(ReplayFailed, null, cancellationToken);

    public static async Task<InboxEntry?> GetEntryAsync(SqlSession session, long id, CancellationToken cancellationToken) =>
        (await ReadEntriesAsync(session, $"SELECT {EntryColumns} FROM deliveries WHERE id = @Id", new { Id = id }, cancellationToken))
        .SingleOrDefault();

    public static Task<IReadOnlyList<InboxEntry>> ListFailedAsync(SqlSession session, int limit, CancellationToken cancellationToken) =>
        ReadEntriesAsync(session,
            $"SELECT {EntryColumns} FROM deliveries WHERE status = 'failed' ORDER BY id DESC LIMIT @Limit",
            new { Limit = limit }, cancellationToken);

    public static async Task<InboxDepth> DepthAsync(SqlSession session, CancellationToken cancellationToken)
    {
        await using var reader = await session.ReaderAsync(Depth, null, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new InboxDepth(reader.GetInt64(0), reader.GetInt64(1));
    }

    private static Dapper.DynamicParameters ClaimParameters(SqlSession session, InboxClaim claim, object extra)
    {
        var parameters = session.Parameters(extra);
        parameters.Add("Owner", claim.Owner);
        session.AddInstant(parameters, "Now", claim.Now);
        session.AddInstant(parameters, "Until", claim.Until);
        return parameters;
    }

    private static async Task<List<InboxItem>> ReadItemsAsync(
        SqlSession session, string sql, object parameters, CancellationToken cancellationToken)
    {
        var items = new List<InboxItem>();
        await using var reader = await session.ReaderAsync(sql, parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            items.Add(new InboxItem(reader.GetInt64(0), ReadRaw(session, reader), reader.GetInt32(8)));
        return items;
    }

    private static RawDelivery ReadRaw(SqlSession session, DbDataReader reader) => new(
        Source: reader.GetString(1),
        Bytes: reader.GetFieldValue<byte[]>(2),
        ContentType: reader.IsDBNull(3) ? null : reader.GetString(3),
        Sha256: reader.GetString(4),
        ReceivedAt: session.Dialect.ReadInstant(reader, 5),
        Transport: reader.GetString(6),
        Name: reader.IsDBNull(7) ? null : reader.GetString(7));

    private static async Task<IReadOnlyList<InboxEntry>> ReadEntriesAsync(
        SqlSession session, string sql, object parameters, CancellationToken cancellationToken)
    {
        var entries = new List<InboxEntry>();
        await using var reader = await session.ReaderAsync(sql, parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new InboxEntry(
                Id: reader.GetInt64(0),
                Source: reader.GetString(1),
                Transport: reader.GetString(2),
                Name: reader.IsDBNull(3) ? null : reader.GetString(3),
                ReceivedAt: session.Dialect.ReadInstant(reader, 4),
                Status: ParseStatus(reader.GetString(5)),
                Error: reader.IsDBNull(6) ? null : reader.GetString(6),
                Attempts: reader.GetInt32(7),
                ProcessedAt: session.Dialect.ReadNullableInstant(reader, 8),
                IdempotencyKey: reader.IsDBNull(9) ? null : reader.GetString(9)));
        return entries;
    }

    private static InboxStatus ParseStatus(string status) => status switch
    {
        "pending" => InboxStatus.Pending,
        "done" => InboxStatus.Done,
        "failed" => InboxStatus.Failed,
        _ => throw new InvalidDataException($"delivery status '{status}' is not pending, done or failed"),
    };
}
