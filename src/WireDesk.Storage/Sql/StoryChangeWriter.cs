using System.Data.Common;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Sql;

/// <summary>
/// Writes one <see cref="StoryChange"/> inside the caller's transaction: the story row, then the version, then what
/// the audit entries point at; returns the story as stored.
/// </summary>
internal static class StoryChangeWriter
{
    public static async Task<StoredStory> SaveAsync(
        SqlSession session, StoryChange change, CancellationToken cancellationToken)
    {
        Validate(change);
        var story = change.Story;
        var isNew = story.Id == 0;
        // A story first received has the receipt time of its first copy unless the caller says otherwise.
        if (isNew && story.ReceivedAt == default) story = story with { ReceivedAt = change.Version!.ReceivedAt };
        var storyId = isNew ? await InsertAsync(session, story, change.Version!.Story, cancellationToken) : story.Id;
        if (!isNew && !await StoryQueries.UpdateAsync(session, story, cancellationToken))
            throw new KeyNotFoundException($"no story {story.Id} with guid '{story.Guid}' from '{story.Source}'");

        long? versionId = null;
        if (change.Version is { } version)
        {
            versionId = await VersionQueries.InsertAsync(session, storyId, version, cancellationToken);
            if (isNew) await StoryQueries.SetCurrentIdAsync(session, storyId, versionId.Value, cancellationToken);
            else if (version.MakeCurrent) await StoryQueries.SetCurrentAsync(session, storyId, versionId.Value, version.Story, cancellationToken);
        }

        foreach (var entry in change.Audit)
            await AuditQueries.InsertAsync(session, entry with
            {
                StoryId = storyId,
                VersionId = entry.VersionId == 0 ? versionId : entry.VersionId,
            }, cancellationToken);

        if (!isNew)
            return await StoryQueries.GetAsync(session, storyId, cancellationToken)
                ?? throw new InvalidOperationException($"story {storyId} has no current version");

        // A new story as a read would give it back, without the read: every story goes through here once.
        return story with
        {
            Id = storyId,
            CurrentVersionId = versionId!.Value,
            Current = change.Version!.Story,
            EmbargoUntil = Stored(story.EmbargoUntil),
            PublishedAt = Stored(story.PublishedAt),
            ModifiedAt = Stored(story.ModifiedAt),
            ReceivedAt = Instants.ToStored(story.ReceivedAt),
        };
    }

    private static DateTimeOffset? Stored(DateTimeOffset? value) => value is { } v ? Instants.ToStored(v) : null;

    private static async Task<long> InsertAsync(SqlSession session, StoredStory story, Story current, CancellationToken cancellationToken)
    {
        try
        {
            return await StoryQueries.InsertAsync(session, story, current, cancellationToken);
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
