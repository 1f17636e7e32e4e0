using WireDesk.Core.Health;

namespace WireDesk.Storage.Sql;

/// <summary>source_status: one row per source, upserted by each transport event.</summary>
internal static class SourceStatusQueries
{
    private const string Success = """
        INSERT INTO source_status (source, last_success_at, consecutive_failures) VALUES (@Source, @At, 0)
        ON CONFLICT (source) DO UPDATE SET last_success_at = excluded.last_success_at, consecutive_failures = 0
        """;

    private const string Failure = """
        INSERT INTO source_status (source, last_error_at, last_error, consecutive_failures) VALUES (@Source, @At, @Error, 1)
        ON CONFLICT (source) DO UPDATE SET last_error_at = excluded.last_error_at, last_error = excluded.last_error,
            consecutive_failures = source_status.consecutive_failures + 1
        """;

    private const string Live = """
        INSERT INTO source_status (source, last_delivery_at, receipt_lag_ms, agency_lag_ms) VALUES (@Source, @At, @ReceiptLag, @AgencyLag)
        ON CONFLICT (source) DO UPDATE SET last_delivery_at = excluded.last_delivery_at,
            receipt_lag_ms = excluded.receipt_lag_ms, agency_lag_ms = excluded.agency_lag_ms
        """;

    private const string Poll = """
        INSERT INTO source_status (source, poll_etag, poll_last_modified, poll_next_at) VALUES (@Source, @ETag, @LastModified, @NextAt)
        ON CONFLICT (source) DO UPDATE SET poll_etag = excluded.poll_etag, poll_last_modified = excluded.poll_last_modified,
            poll_next_at = excluded.poll_next_at
        """;

    private const string Select = """
        SELECT source, last_success_at, last_error_at, last_error, consecutive_failures, last_delivery_at,
               receipt_lag_ms, agency_lag_ms, poll_etag, poll_last_modified, poll_next_at
        FROM source_status ORDER BY source
        """;

    private const string Items = """
        SELECT s.source, COUNT(*) FROM story_versions v JOIN stories s ON s.id = v.story_id
        WHERE v.received_at >= @Since GROUP BY s.source
        """;

    public static Task SuccessAsync(SqlSession session, string source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Source = source });
        session.AddInstant(parameters, "At", at);
        return session.ExecuteAsync(Success, parameters, cancellationToken);
    }

    public static Task FailureAsync(SqlSession session, string source, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Source = source, Error = error });
        session.AddInstant(parameters, "At", at);
        return session.ExecuteAsync(Failure, parameters, cancellationToken);
    }

    public static Task LiveAsync(SqlSession session, string source, DateTimeOffset at, TimeSpan receiptLag, TimeSpan? agencyLag,
        CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Source = source, ReceiptLag = receiptLag.TotalMilliseconds, AgencyLag = agencyLag?.TotalMilliseconds });
        session.AddInstant(parameters, "At", at);
        return session.ExecuteAsync(Live, parameters, cancellationToken);
    }

    public static Task PollAsync(SqlSession session, string source, PollState state, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new { Source = source, state.ETag, state.LastModified });
        session.AddInstant(parameters, "NextAt", state.NextAt);
        return session.ExecuteAsync(Poll, parameters, cancellationToken);
    }

    public static async Task<IReadOnlyList<SourceStatus>> ListAsync(SqlSession session, DateTimeOffset itemsSince, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var since = session.Parameters();
        session.AddInstant(since, "Since", itemsSince);
        await using (var reader = await session.ReaderAsync(Items, since, cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                counts[reader.GetString(0)] = reader.GetInt64(1);

        var rows = new List<SourceStatus>();
        await using (var reader = await session.ReaderAsync(Select, null, cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var source = reader.GetString(0);
                rows.Add(new SourceStatus
                {
                    Source = source,
                    LastSuccessAt = session.Dialect.ReadNullableInstant(reader, 1),
                    LastErrorAt = session.Dialect.ReadNullableInstant(reader, 2),
                    LastError = reader.IsDBNull(3) ? null : reader.GetString(3),
                    ConsecutiveFailures = reader.GetInt32(4),
                    LastDeliveryAt = session.Dialect.ReadNullableInstant(reader, 5),
                    ReceiptLag = reader.IsDBNull(6) ? null : TimeSpan.FromMilliseconds(reader.GetDouble(6)),
                    AgencyLag = reader.IsDBNull(7) ? null : TimeSpan.FromMilliseconds(reader.GetDouble(7)),
                    ItemsInWindow = counts.GetValueOrDefault(source),
                    Poll = new PollState(
                        reader.IsDBNull(8) ? null : reader.GetString(8),
                        reader.IsDBNull(9) ? null : reader.GetString(9),
                        session.Dialect.ReadNullableInstant(reader, 10)),
                });
            }
        foreach (var (source, count) in counts.Where(c => rows.All(r => r.Source != c.Key)))
            rows.Add(new SourceStatus { Source = source, ItemsInWindow = count });
        return [.. rows.OrderBy(r => r.Source, StringComparer.Ordinal)];
    }
}
