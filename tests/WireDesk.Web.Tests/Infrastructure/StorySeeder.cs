using WireDesk.Core.Events;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Core.Text;

namespace WireDesk.Web.Tests.Infrastructure;

/// <summary>
/// Writes published stories straight into the site's store (fast, for volume tests) and announces them on the event
/// hub as the pipeline would, so every surface and cache sees them.
/// </summary>
public sealed class StorySeeder(TestSite site)
{
    private int _next;

    public async Task<StoredStory> PublishAsync(string? headline = null, string agency = "ANI", string source = "ani", string? section = "World",
        string? place = "New Delhi", DateTimeOffset? publishedAt = null, long? clusterId = null, string? language = "en",
        string? byline = null, IReadOnlyList<MediaLink>? media = null, StoryState state = StoryState.Published, DateTimeOffset? embargoUntil = null)
    {
        var n = Interlocked.Increment(ref _next);
        var at = publishedAt ?? site.Clock.GetUtcNow();
        headline ??= $"Story number {n} from {place ?? "nowhere"}";
        var lead = place is null
            ? $"The first paragraph of story {n} says what happened."
            : $"{place} [India], January 9 ({agency}): The first paragraph of story {n} says what happened.";
        var story = new Story
        {
            Source = source,
            Agency = agency,
            Guid = $"urn:test:{source}:{n}:{Guid.NewGuid():N}",
            Version = 1,
            FirstCreated = at,
            VersionCreated = at,
            Headline = headline,
            Byline = byline,
            Dateline = place is null ? null : new Dateline($"{place} [India], January 9 ({agency}):") { Place = place, Country = "IN", Month = 1, Day = 9 },
            Body = new StoryBody([lead, $"A second paragraph for story {n}."],
                $"<p>{System.Net.WebUtility.HtmlEncode(lead)}</p><p>A second paragraph for story {n}.</p>"),
            Language = language,
            Media = media ?? [],
            ContentHash = $"hash-{n}-{Guid.NewGuid():N}",
        };
        var stored = new StoredStory
        {
            Id = 0,
            Source = source,
            Guid = story.Guid,
            Slug = Slugs.From(headline),
            State = state,
            Current = story,
            PublishedAt = state == StoryState.Published ? at : null,
            ModifiedAt = state == StoryState.Published ? at : null,
            ReceivedAt = at,
            EmbargoUntil = embargoUntil,
            Section = section,
            ClusterId = clusterId,
        };
        var saved = await site.Workspace.Store.SaveAsync(new StoryChange(stored, new NewVersion(story, null, at, true), []), CancellationToken.None);
        if (embargoUntil is not null) site.Workspace.Embargoes.Wake();
        if (Visibility.IsVisible(saved, site.Clock.GetUtcNow()))
            site.Workspace.Events.Publish(StoryEventKind.Published, saved.Id, saved.Path, site.Clock.GetUtcNow());
        return saved;
    }

    /// <summary>A new agency version of the story (same guid, same URL): the update path of the lifecycle.</summary>
    public Task<WireDesk.Ingest.Pipeline.ItemResult> UpdateAsync(StoredStory story, string newHeadline, string newLastParagraph) =>
        site.Workspace.Pipeline.ApplyAsync(story.Current with
        {
            Version = (story.Current.Version ?? 1) + 1,
            VersionCreated = site.Clock.GetUtcNow(),
            Headline = newHeadline,
            Body = new StoryBody([story.Current.Body.Paragraphs[0], newLastParagraph],
                $"<p>{System.Net.WebUtility.HtmlEncode(story.Current.Body.Paragraphs[0])}</p><p>{System.Net.WebUtility.HtmlEncode(newLastParagraph)}</p>"),
            ContentHash = $"hash-update-{Guid.NewGuid():N}",
        }, null, site.Clock.GetUtcNow(), CancellationToken.None);
}
