using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Storage.Json;

namespace WireDesk.Storage.Sql;

/// <summary>story_versions is append-only: rows are inserted, never updated.</summary>
internal static class VersionQueries
{
    // The caller holds the story row locked (it was just inserted or updated in this transaction), so no other
    // writer can take the same arrival number.
    private const string Insert = """
        INSERT INTO story_versions (story_id, version, version_created, arrival, content_hash, story_json,
                                    delivery_id, received_at)
        SELECT @StoryId, @Version, @VersionCreated, COALESCE(MAX(arrival), 0) + 1, @ContentHash, @StoryJson,
               @DeliveryId, @ReceivedAt
        FROM story_versions WHERE story_id = @StoryId
        RETURNING id
        """;

    private const string SelectByStory = """
        SELECT id, story_id, arrival, content_hash, story_json, delivery_id, received_at
        FROM story_versions WHERE story_id = @StoryId
        ORDER BY arrival
        """;

    public static Task<long> InsertAsync(
        SqlSession session, long storyId, NewVersion version, CancellationToken cancellationToken)
    {
        var parameters = session.Parameters(new
        {
            StoryId = storyId,
            version.Story.Version,
            version.Story.ContentHash,
            StoryJson = StoryJson.Serialize(version.Story),
            version.DeliveryId,
        });
        session.AddInstant(parameters, "VersionCreated", version.Story.VersionCreated);
        session.AddInstant(parameters, "ReceivedAt", version.ReceivedAt);
        return session.ScalarAsync<long>(Insert, parameters, cancellationToken);
    }

    public static async Task<IReadOnlyList<StoredVersion>> ListAsync(
        SqlSession session, long storyId, CancellationToken cancellationToken)
    {
        var versions = new List<StoredVersion>();
        await using var reader = await session.ReaderAsync(SelectByStory, new { StoryId = storyId }, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var story = StoryJson.Deserialize(reader.GetString(4));
            versions.Add(new StoredVersion(
                Id: reader.GetInt64(0),
                StoryId: reader.GetInt64(1),
                Version: story.Version,
                VersionCreated: story.VersionCreated,
                Arrival: reader.GetInt64(2),
                ContentHash: reader.GetString(3),
                Story: story,
                DeliveryId: reader.IsDBNull(5) ? null : reader.GetInt64(5),
                ReceivedAt: session.Dialect.ReadInstant(reader, 6)));
        }
        return versions;
    }
}
