using System.Data.Common;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Storage.Json;

namespace WireDesk.Storage.Sql;

/// <summary>The stories table: a stored story is its row joined to its current version.</summary>
internal static class StoryQueries
{
    /// <summary>The columns <see cref="Read"/> expects, in its order; append WHERE / ORDER BY.</summary>
    public const string SelectStored = """
        SELECT s.id, s.source, s.guid, s.slug, s.state, s.current_version_id, s.embargo_until, s.published_at,
               s.modified_at, s.received_at, s.headline_override, s.section, s.cluster_id, s.reviewed, s.edited,
               s.hold_reason, s.kill_reason, v.story_json
        FROM stories s
        JOIN story_versions v ON v.id = s.current_version_id
        """;

    private const string Insert = """
        INSERT INTO stories (source, guid, slug, state, embargo_until, published_at, modified_at, received_at,
                             headline_override, section, cluster_id, reviewed, edited, hold_reason, kill_reason,
                             agency, headline, place, country, language, urgency)
        VALUES (@Source, @Guid, @Slug, @State, @EmbargoUntil, @PublishedAt, @ModifiedAt, @ReceivedAt,
                @HeadlineOverride, @Section, @ClusterId, @Reviewed, @Edited, @HoldReason, @KillReason,
                @Agency, @Headline, @Place, @Country, @Language, @Urgency)
        RETURNING id
        """;

    // Source, guid, slug and received_at are the story's identity and first receipt: fixed at creation.
    private const string Update = """
        UPDATE stories
        SET state = @State, embargo_until = @EmbargoUntil, published_at = @PublishedAt, modified_at = @ModifiedAt,
            headline_override = @HeadlineOverride, section = @Section, cluster_id = @ClusterId,
            reviewed = @Reviewed, edited = @Edited, hold_reason = @HoldReason, kill_reason = @KillReason
        WHERE id = @Id AND source = @Source AND guid = @Guid
        """;

    // A new story is inserted with its first version's columns already; only the version id is left to set.
    private const string SetCurrentId = "UPDATE stories SET current_version_id = @VersionId WHERE id = @Id";

    private const string SetCurrent = """
        UPDATE stories
        SET current_version_id = @VersionId, agency = @Agency, headline = @Headline, place = @Place,
            country = @Country, language = @Language, urgency = @Urgency
        WHERE id = @Id
        """;

    public static async Task<StoredStory?> GetAsync(SqlSession session, long id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(session, SelectStored + " WHERE s.id = @Id", new { Id = id }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public static async Task<StoredStory?> FindAsync(
        SqlSession session, string source, string guid, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(session, SelectStored + " WHERE s.source = @Source AND s.guid = @Guid",
            new { Source = source, Guid = guid }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public static async Task<IReadOnlyList<StoredStory>> QueryAsync(
        SqlSession session, string sql, object parameters, CancellationToken cancellationToken)
    {
        var stories = new List<StoredStory>();
        await using var reader = await session.ReaderAsync(sql, parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) stories.Add(Read(reader, session.Dialect));
        return stories;
    }

    /// <summary>Inserts a new story with the columns of <paramref name="current"/>, its first version.</summary>
    public static Task<long> InsertAsync(SqlSession session, StoredStory story, Story current, CancellationToken cancellationToken)
    {
        var parameters = RowParameters(session, story);
        parameters.AddTemplate(CurrentColumns(current));
        return session.ScalarAsync<long>(Insert, parameters, cancellationToken);
    }

    public static Task SetCurrentIdAsync(SqlSession session, long storyId, long versionId, CancellationToken cancellationToken) =>
        session.ExecuteAsync(SetCurrentId, new { Id = storyId, VersionId = versionId }, cancellationToken);

    /// <summary>Updates the publishing fields of an existing story; false when no story has that id, source and guid.</summary>
    public static async Task<bool> UpdateAsync(SqlSession session, StoredStory story, CancellationToken cancellationToken)
    {
        var parameters = RowParameters(session, story);
        parameters.Add("Id", story.Id);
        return await session.ExecuteAsync(Update, parameters, cancellationToken) == 1;
    }

    public static Task SetCurrentAsync(
        SqlSession session, long storyId, long versionId, Story current, CancellationToken cancellationToken) =>
        session.ExecuteAsync(SetCurrent, new SqlParameters(CurrentColumns(current)).AddTemplate(new { Id = storyId, VersionId = versionId }), cancellationToken);

    private static object CurrentColumns(Story current) => new
    {
        current.Agency,
        current.Headline,
        Place = current.Dateline?.Place,
        Country = current.Dateline?.Country,
        current.Language,
        current.Urgency,
    };

    private static SqlParameters RowParameters(SqlSession session, StoredStory story)
    {
        var parameters = session.Parameters(new
        {
            story.Source,
            story.Guid,
            story.Slug,
            State = story.State.ToString(),
            story.HeadlineOverride,
            story.Section,
            story.ClusterId,
            story.Reviewed,
            story.Edited,
            story.HoldReason,
            story.KillReason,
        });
        session.AddInstant(parameters, "EmbargoUntil", story.EmbargoUntil);
        session.AddInstant(parameters, "PublishedAt", story.PublishedAt);
        session.AddInstant(parameters, "ModifiedAt", story.ModifiedAt);
        session.AddInstant(parameters, "ReceivedAt", story.ReceivedAt);
        return parameters;
    }

    private static StoredStory Read(DbDataReader reader, SqlDialect dialect) => new()
    {
        Id = reader.GetInt64(0),
        Source = reader.GetString(1),
        Guid = reader.GetString(2),
        Slug = reader.GetString(3),
        State = Enum.Parse<StoryState>(reader.GetString(4)),
        CurrentVersionId = reader.GetInt64(5),
        EmbargoUntil = dialect.ReadNullableInstant(reader, 6),
        PublishedAt = dialect.ReadNullableInstant(reader, 7),
        ModifiedAt = dialect.ReadNullableInstant(reader, 8),
        ReceivedAt = dialect.ReadInstant(reader, 9),
        HeadlineOverride = NullableString(reader, 10),
        Section = NullableString(reader, 11),
        ClusterId = reader.IsDBNull(12) ? null : reader.GetInt64(12),
        Reviewed = reader.GetBoolean(13),
        Edited = reader.GetBoolean(14),
        HoldReason = NullableString(reader, 15),
        KillReason = NullableString(reader, 16),
        Current = StoryJson.Deserialize(reader.GetString(17)),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
