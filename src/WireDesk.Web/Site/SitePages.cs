using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Caching;
using WireDesk.Web.Rendering;
using WireDesk.Web.Seo;

namespace WireDesk.Web.Site;

/// <summary>Answers the reader's page requests from the store, through the single "visible now" rule.</summary>
public sealed class SitePages(
    IStoryStore store,
    ISourceCatalog sources,
    SiteOptions site,
    TimeProvider time,
    SiteUrls urls,
    HomePage home,
    ArticlePage article,
    ListingPage listing,
    ErrorPages errors)
{
    private const int RelatedCount = 5;

    public async Task<IResult> HomeAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var top = await store.ListAsync(new StoryQuery { VisibleAt = now, Limit = site.TopStories }, cancellationToken);
        var shown = top.Select(s => s.Id).ToHashSet();
        var blocks = new List<(string, IReadOnlyList<StoredStory>)>();
        foreach (var section in site.Sections)
        {
            var stories = await store.ListAsync(new StoryQuery { VisibleAt = now, Section = section, Limit = site.SectionBlockSize + top.Count }, cancellationToken);
            blocks.Add((section, stories.Where(s => !shown.Contains(s.Id)).Take(site.SectionBlockSize).ToList()));
        }
        var html = home.Render(top, blocks, urls.Absolute(http, "/"));
        return Rendered.Html(StatusCodes.Status200OK, html) with
        {
            LastModified = Newest(top.Concat(blocks.SelectMany(b => b.Item2))),
            SurrogateKeys = ["home", "pages"],
        };
    }

    public Task<IResult> SectionAsync(HttpContext http, string name, string? after, CancellationToken cancellationToken)
    {
        var title = site.Sections.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
        var heading = title ?? name;
        return ListingAsync(http, new Listing(new StoryQuery { Section = heading }, heading, SiteUrls.Section(heading), SurrogateKeys.For("section", heading))
        {
            FeedPath = $"/section/{Uri.EscapeDataString(Key(heading))}/feed.xml",
        }, after, mustExist: title is null, cancellationToken);
    }

    public Task<IResult> AgencyAsync(HttpContext http, string name, string? after, CancellationToken cancellationToken) =>
        ListingAsync(http, new Listing(new StoryQuery { Agency = name }, name, SiteUrls.Agency(name), SurrogateKeys.For("agency", name))
        {
            FeedPath = $"/agency/{Uri.EscapeDataString(Key(name))}/feed.xml",
        }, after, mustExist: true, cancellationToken, story => story.Current.Agency is { } agency ? ($"News from {agency}", $"Stories as sent by {agency}, published as received.") : null);

    public Task<IResult> PlaceAsync(HttpContext http, string name, string? after, CancellationToken cancellationToken) =>
        ListingAsync(http, new Listing(new StoryQuery { Place = name }, name, SiteUrls.Place(name), SurrogateKeys.For("place", name)),
            after, mustExist: true, cancellationToken,
            story => story.Current.Dateline?.Place is { } place ? (place, $"Agency stories datelined {place}.") : null);

    public async Task<IResult> ArticleAsync(HttpContext http, string slug, long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var story = await store.GetAsync(id, cancellationToken);
        switch (Visibility.OutcomeFor(story, now))
        {
            case ReaderOutcome.Gone:
                return Rendered.Html(StatusCodes.Status410Gone, errors.Gone()) with
                {
                    NoIndex = true,
                    SurrogateKeys = [$"story-{id}"],
                    LastModified = story!.ModifiedAt,
                };
            case ReaderOutcome.NotFound:
                return NotFound();
        }
        if (story!.Slug != slug)
            return new Rendered(StatusCodes.Status301MovedPermanently, "text/plain; charset=utf-8", []) { Location = story.Path, Cacheable = false };

        var policy = sources.PolicyFor(story.Source);
        var facts = ArticleFacts.For(story, policy, urls.Origin(http));
        var related = await RelatedAsync(story, now, cancellationToken);
        var html = article.Render(story, policy, facts, related);
        return Rendered.Html(StatusCodes.Status200OK, html) with
        {
            LastModified = story.ModifiedAt ?? story.PublishedAt,
            NoIndex = policy.NoIndex,
            SurrogateKeys = [$"story-{story.Id}", "pages"],
        };
    }

    /// <summary>A 404 that is not kept by the server: any address can be asked for.</summary>
    public IResult NotFound() =>
        Rendered.Html(StatusCodes.Status404NotFound, errors.NotFound()) with { NoIndex = true, Cacheable = false };

    private async Task<Related> RelatedAsync(StoredStory story, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredStory> cluster = [];
        if (story.ClusterId is { } clusterId)
            cluster = [.. (await store.ListAsync(new StoryQuery { VisibleAt = now, ClusterId = clusterId, Limit = RelatedCount + 1 }, cancellationToken))
                .Where(s => s.Id != story.Id).Take(RelatedCount)];
        IReadOnlyList<StoredStory> place = [];
        if (story.Current.Dateline?.Place is { } where)
            place = [.. (await store.ListAsync(new StoryQuery { VisibleAt = now, Place = where, Limit = RelatedCount * 2 }, cancellationToken))
                .Where(s => s.Id != story.Id && cluster.All(c => c.Id != s.Id)).Take(RelatedCount)];
        var latest = (await store.ListAsync(new StoryQuery { VisibleAt = now, Limit = RelatedCount * 2 }, cancellationToken))
            .Where(s => s.Id != story.Id && cluster.All(c => c.Id != s.Id) && place.All(p => p.Id != s.Id)).Take(RelatedCount).ToList();
        return new Related(cluster, place, latest);
    }

    private async Task<IResult> ListingAsync(HttpContext http, Listing what, string? after, bool mustExist, CancellationToken cancellationToken,
        Func<StoredStory, (string Heading, string Intro)?>? name = null)
    {
        var cursor = ListingCursor.Parse(after);
        var query = what.Filter with { VisibleAt = time.GetUtcNow(), After = cursor, Limit = site.PageSize + 1 };
        var stories = await store.ListAsync(query, cancellationToken);
        if (stories.Count == 0 && mustExist && cursor is null) return NotFound();
        var page = stories.Take(site.PageSize).ToList();
        if (page.Count > 0 && name?.Invoke(page[0]) is { } named) what = what with { Heading = named.Heading, Intro = named.Intro };
        var older = stories.Count > site.PageSize ? $"{what.Path}?after={ListingCursor.Format(page[^1])}" : null;
        var canonical = urls.Absolute(http, cursor is null ? what.Path : $"{what.Path}?after={Uri.EscapeDataString(after!)}");
        var html = listing.Render(what, page, older, isFirstPage: cursor is null, canonical);
        return Rendered.Html(StatusCodes.Status200OK, html) with
        {
            LastModified = Newest(page),
            SurrogateKeys = [what.SurrogateKey, "pages"],
        };
    }

    private static DateTimeOffset? Newest(IEnumerable<StoredStory> stories) =>
        stories.Select(s => s.ModifiedAt ?? s.PublishedAt).Where(t => t is not null).DefaultIfEmpty(null).Max();

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
