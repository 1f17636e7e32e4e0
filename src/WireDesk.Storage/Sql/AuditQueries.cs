using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Sql;

internal static class AuditQueries
{
    private const string Insert = """
        INSERT INTO audit (story_id, action, actor, version_id, at, detail)
        VALUES (@StoryId, @Action, @Actor, @VersionId, @At, @Detail)
        """;

    // In the order written: that is the order things happened on the desk.
    private const string SelectByStory = """
        SELECT story_id, action, actor, version_id, at, detail
        FROM audit WHERE story_id = @StoryId
        ORDER BY id
        """;

    public static Task InsertAsync(SqlSession session, AuditEntry entry, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new
        {
            entry.StoryId,
            entry.Action,
            entry.Actor,
            entry.VersionId,
            entry.Detail,
        });
        session.AddInstant(parameters, "At", entry.At);
        return session.ExecuteAsync(Insert, parameters, cancellationToken);
    }

    public static async Task<IReadOnlyList<AuditEntry>> ListAsync(
        SqlSession session, long storyId, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await using var reader = await session.ReaderAsync(SelectByStory, new { StoryId = storyId }, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new AuditEntry(
                StoryId: reader.GetInt64(0),
                Action: reader.GetString(1),
                Actor: reader.GetString(2),
                VersionId: reader.IsDBNull(3) ? null : reader.GetInt64(3),
                At: session.Dialect.ReadInstant(reader, 4),
                Detail: reader.IsDBNull(5) ? null : reader.GetString(5)));
        return entries;
    }
}
