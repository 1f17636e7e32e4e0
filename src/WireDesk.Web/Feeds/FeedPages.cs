using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;
using WireDesk.Web.Caching;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Feeds;

/// <summary>Feeds out, site-wide and per section and agency, in RSS 2.0, Atom 1.0 and JSON Feed 1.1.</summary>
public sealed class FeedPages(IStoryStore store, ISourceCatalog sources, SiteOptions site, TimeProvider time, SiteUrls urls,
    SyndicationWriter syndication, JsonFeedWriter jsonFeed)
{
    public enum Format { Rss, Atom, Json }

    public FeedScope SiteWide => new($"{site.Name}: latest", "/", "", new StoryQuery(), "feeds");

    public FeedScope Section(string name)
    {
        var title = site.Sections.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)) ?? name;
        return new FeedScope($"{site.Name}: {title}", SiteUrls.Section(title), SiteUrls.Section(title), new StoryQuery { Section = title },
            SurrogateKeys.For("section", title));
    }

    public FeedScope Agency(string name) =>
        new($"{site.Name}: {name}", SiteUrls.Agency(name), SiteUrls.Agency(name), new StoryQuery { Agency = name }, SurrogateKeys.For("agency", name));

    public async Task<IResult> FeedAsync(HttpContext http, FeedScope scope, Format format, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var origin = urls.Origin(http);
        var stories = await store.ListAsync(scope.Filter with { VisibleAt = now, Limit = site.Feeds.Items }, cancellationToken);
        var entries = stories.Select(s => Entry(s, origin)).ToList();
        // An agency feed is asked for as /agency/ani; its title uses the agency's own spelling (ANI, dpa, Reuters).
        if (scope.Filter.Agency is not null && stories.Count > 0 && stories[0].Current.Agency is { } agency)
            scope = scope with { Title = $"{site.Name}: {agency}" };
        var tombstones = format == Format.Atom ? await TombstonesAsync(scope, origin, now, cancellationToken) : [];
        var updated = entries.Select(e => e.Updated).Concat(tombstones.Select(t => t.When)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var self = origin + format switch { Format.Rss => scope.RssPath, Format.Atom => scope.AtomPath, _ => scope.JsonPath };
        var content = new FeedContent(scope, origin, self, updated, entries, tombstones);
        var (bytes, type) = format switch
        {
            Format.Rss => (syndication.Rss(content), "application/rss+xml; charset=utf-8"),
            Format.Atom => (syndication.Atom(content), "application/atom+xml; charset=utf-8"),
            _ => (jsonFeed.Write(content), "application/feed+json; charset=utf-8"),
        };
        return new Rendered(StatusCodes.Status200OK, type, bytes)
        {
            LastModified = entries.Count + tombstones.Count > 0 ? updated : null,
            SurrogateKeys = scope.SurrogateKey == "feeds" ? ["feeds"] : ["feeds", scope.SurrogateKey],
        };
    }

    private FeedEntry Entry(StoredStory story, string origin)
    {
        var s = story.Current;
        var url = origin + story.Path;
        var published = story.PublishedAt ?? story.ReceivedAt;
        return new FeedEntry(story, url, url, story.DisplayHeadline,
            Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), site.TeaserLength * 2),
            site.Feeds.FullText ? s.Body.Html : null,
            published, story.ModifiedAt ?? published,
            sources.PolicyFor(story.Source).Attribution ?? s.Agency ?? story.Source);
    }

    /// <summary>Stories killed in the last few days that had been published: their ids, for Atom's at:deleted-entry.</summary>
    private async Task<IReadOnlyList<FeedTombstone>> TombstonesAsync(FeedScope scope, string origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var killed = await store.ListAsync(scope.Filter with
        {
            States = [StoryState.Killed],
            UpdatedSince = now.AddDays(-site.Feeds.TombstoneDays),
            Limit = site.Feeds.Items,
        }, cancellationToken);
        return [.. killed.Where(s => s.PublishedAt is not null && s.ModifiedAt is not null).Select(s => new FeedTombstone(origin + s.Path, s.ModifiedAt!.Value))];
    }
}
