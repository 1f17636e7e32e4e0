using WireDesk.Core.Stories;

namespace WireDesk.Storage.Sql;

internal static class DeliveryQueries
{
    private const string Insert = """
        INSERT INTO deliveries (source, transport, name, content_type, sha256, bytes, received_at)
        VALUES (@Source, @Transport, @Name, @ContentType, @Sha256, @Bytes, @ReceivedAt)
        RETURNING id
        """;

    private const string SelectById = """
        SELECT source, bytes, content_type, sha256, received_at, transport, name
        FROM deliveries WHERE id = @Id
        """;

    public static Task<long> InsertAsync(SqlSession session, RawDelivery delivery, CancellationToken cancellationToken) =>
        session.ScalarAsync<long>(Insert, RawParameters(session, delivery), cancellationToken);

    /// <summary>The raw delivery's columns, as every insert into deliveries names them (the inbox adds its own).</summary>
    public static SqlParameters RawParameters(SqlSession session, RawDelivery delivery)
    {
        var parameters = session.Parameters(new
        {
            delivery.Source,
            delivery.Transport,
            delivery.Name,
            delivery.ContentType,
            Sha256 = delivery.Sha256.ToLowerInvariant(),
            delivery.Bytes,
        });
        session.AddInstant(parameters, "ReceivedAt", delivery.ReceivedAt);
        return parameters;
    }

    public static async Task<RawDelivery?> GetAsync(SqlSession session, long id, CancellationToken cancellationToken)
    {
        await using var reader = await session.ReaderAsync(SelectById, new { Id = id }, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new RawDelivery(
            Source: reader.GetString(0),
            Bytes: reader.GetFieldValue<byte[]>(1),
            ContentType: reader.IsDBNull(2) ? null : reader.GetString(2),
            Sha256: reader.GetString(3),
            ReceivedAt: session.Dialect.ReadInstant(reader, 4),
            Transport: reader.GetString(5),
            Name: reader.IsDBNull(6) ? null : reader.GetString(6));
    }
}
