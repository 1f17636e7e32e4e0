using WireDesk.Core.Desk;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Sql;

internal static class DeskLogQueries
{
    private const string SelectAudit = """
        SELECT a.id, a.story_id, a.action, a.actor, a.version_id, a.at, a.detail, s.source,
               COALESCE(s.headline_override, s.headline, ''), v.version
        FROM audit a
        JOIN stories s ON s.id = a.story_id
        LEFT JOIN story_versions v ON v.id = a.version_id
        WHERE 1 = 1
        """;

    private const string SelectFailed = """
        SELECT id, source, transport, name, received_at, error, attempts
        FROM deliveries WHERE status = 'failed'
        ORDER BY id DESC LIMIT @Limit
        """;

    private const string SelectReceipts = """
        SELECT d.source, COUNT(*), SUM(CASE WHEN d.received_at >= @Since THEN 1 ELSE 0 END), MAX(d.received_at),
               SUM(CASE WHEN d.status = 'failed' THEN 1 ELSE 0 END),
               (SELECT f.error FROM deliveries f WHERE f.source = d.source AND f.status = 'failed' ORDER BY f.id DESC LIMIT 1),
               (SELECT f.received_at FROM deliveries f WHERE f.source = d.source AND f.status = 'failed' ORDER BY f.id DESC LIMIT 1)
        FROM deliveries d
        GROUP BY d.source
        ORDER BY d.source
        """;

    private const string InsertChange = """
        INSERT INTO desk_changes (at, actor, action, subject, detail) VALUES (@At, @Actor, @Action, @Subject, @Detail)
        """;

    private const string SelectChanges = """
        SELECT id, at, actor, action, subject, detail FROM desk_changes ORDER BY id DESC LIMIT @Limit
        """;

    public static async Task<IReadOnlyList<AuditRecord>> ListAuditAsync(SqlSession session, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query.Limit));
        var sql = new System.Text.StringBuilder(SelectAudit);
        var parameters = session.Parameters();
        if (query.ActorPrefix is { } prefix)
        {
            sql.Append(" AND substr(a.actor, 1, @PrefixLength) = @Prefix");
            parameters.Add("Prefix", prefix);
            parameters.Add("PrefixLength", prefix.Length);
        }
        if (query.StoryId is { } storyId)
        {
            sql.Append(" AND a.story_id = @StoryId");
            parameters.Add("StoryId", storyId);
        }
        if (query.BeforeId is { } before)
        {
            sql.Append(" AND a.id < @BeforeId");
            parameters.Add("BeforeId", before);
        }
        sql.Append(" ORDER BY a.id DESC LIMIT @Limit");
        parameters.Add("Limit", query.Limit);

        var records = new List<AuditRecord>();
        await using var reader = await session.ReaderAsync(sql.ToString(), parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            records.Add(new AuditRecord(
                Id: reader.GetInt64(0),
                Entry: new AuditEntry(
                    StoryId: reader.GetInt64(1),
                    Action: reader.GetString(2),
                    Actor: reader.GetString(3),
                    VersionId: reader.IsDBNull(4) ? null : reader.GetInt64(4),
                    At: session.Dialect.ReadInstant(reader, 5),
                    Detail: reader.IsDBNull(6) ? null : reader.GetString(6)),
                Source: reader.GetString(7),
                Headline: reader.GetString(8),
                AgencyVersion: reader.IsDBNull(9) ? null : reader.GetInt32(9)));
        return records;
    }

    public static async Task<IReadOnlyList<FailedDelivery>> ListFailedDeliveriesAsync(SqlSession session, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var failed = new List<FailedDelivery>();
        await using var reader = await session.ReaderAsync(SelectFailed, new { Limit = limit }, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            failed.Add(new FailedDelivery(
                Id: reader.GetInt64(0),
                Source: reader.GetString(1),
                Transport: reader.GetString(2),
                Name: reader.IsDBNull(3) ? null : reader.GetString(3),
                ReceivedAt: session.Dialect.ReadInstant(reader, 4),
                Error: reader.IsDBNull(5) ? null : reader.GetString(5),
                Attempts: reader.GetInt32(6)));
        return failed;
    }

    public static async Task<IReadOnlyList<SourceReceipts>> ListSourceReceiptsAsync(SqlSession session, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters();
        session.AddInstant(parameters, "Since", since);
        var receipts = new List<SourceReceipts>();
        await using var reader = await session.ReaderAsync(SelectReceipts, parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            receipts.Add(new SourceReceipts(
                Source: reader.GetString(0),
                Deliveries: reader.GetInt64(1),
                DeliveriesSince: reader.GetInt64(2),
                LastReceivedAt: session.Dialect.ReadNullableInstant(reader, 3),
                Failed: reader.GetInt64(4),
                LastError: reader.IsDBNull(5) ? null : reader.GetString(5),
                LastErrorAt: session.Dialect.ReadNullableInstant(reader, 6)));
        return receipts;
    }

    public static Task InsertChangeAsync(SqlSession session, DeskChange change, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { change.Actor, change.Action, change.Subject, change.Detail });
        session.AddInstant(parameters, "At", change.At);
        return session.ExecuteAsync(InsertChange, parameters, cancellationToken);
    }

    public static async Task<IReadOnlyList<DeskChange>> ListChangesAsync(SqlSession session, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var changes = new List<DeskChange>();
        await using var reader = await session.ReaderAsync(SelectChanges, new { Limit = limit }, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            changes.Add(new DeskChange(
                At: session.Dialect.ReadInstant(reader, 1),
                Actor: reader.GetString(2),
                Action: reader.GetString(3),
                Subject: reader.GetString(4),
                Detail: reader.IsDBNull(5) ? null : reader.GetString(5)) { Id = reader.GetInt64(0) });
        return changes;
    }
}
