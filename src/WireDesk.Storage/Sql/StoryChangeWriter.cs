using System.Data.Common;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Sql;

/// <summary>
/// Writes one <see cref="StoryChange"/> inside the caller's transaction: the story row, then the version, then what
/// the audit entries point at, then reads the story back as stored.
/// </summary>
internal static class StoryChangeWriter
{
    public static async Task<StoredStory> SaveAsync(
        SqlSession session, StoryChange change, CancellationToken cancellationToken)
    {
        Validate(change);
        var story = change.Story;
        var storyId = story.Id == 0 ? await InsertAsync(session, change, cancellationToken) : story.Id;
        if (story.Id != 0 && !await StoryQueries.UpdateAsync(session, story, cancellationToken))
            throw new KeyNotFoundException($"no story {story.Id} with guid '{story.Guid}' from '{story.Source}'");

        long? versionId = null;
        if (change.Version is { } version)
        {
            versionId = await VersionQueries.InsertAsync(session, storyId, version, cancellationToken);
            if (version.MakeCurrent)
                await StoryQueries.SetCurrentAsync(session, storyId, versionId.Value, version.Story, cancellationToken);
        }

        foreach (var entry in change.Audit)
            await AuditQueries.InsertAsync(session, entry with
            {
                StoryId = storyId,
                VersionId = entry.VersionId == 0 ? versionId : entry.VersionId,
            }, cancellationToken);

        return await StoryQueries.GetAsync(session, storyId, cancellationToken)
            ?? throw new InvalidOperationException($"story {storyId} has no current version");
    }

    private static async Task<long> InsertAsync(SqlSession session, StoryChange change, CancellationToken cancellationToken)
    {
        // A story first received has the receipt time of its first copy unless the caller says otherwise.
        var story = change.Story.ReceivedAt == default
            ? change.Story with { ReceivedAt = change.Version!.ReceivedAt }
            : change.Story;
        try
        {
            return await StoryQueries.InsertAsync(session, story, cancellationToken);
        }
        catch (DbException e) when (session.Dialect.IsDuplicateStory(e))
        {
            throw new StoryAlreadyExistsException(story.Source, story.Guid, e);
        }
    }

    private static void Validate(StoryChange change)
    {
        var story = change.Story;
        if (story.Id == 0 && change.Version is not { MakeCurrent: true })
            throw new ArgumentException("a new story needs a version made current", nameof(change));
        foreach (var entry in change.Audit)
        {
            if (entry.StoryId != 0 && entry.StoryId != story.Id)
                throw new ArgumentException(
                    $"audit entry '{entry.Action}' is for story {entry.StoryId}, not {story.Id}", nameof(change));
            if (entry.VersionId == 0 && change.Version is null)
                throw new ArgumentException(
                    $"audit entry '{entry.Action}' points at the new version but the change has none", nameof(change));
        }
    }
}
