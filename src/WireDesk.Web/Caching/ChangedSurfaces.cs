using WireDesk.Core.Events;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Caching;

/// <summary>Every reader URL and surrogate key a story change touches: its page, the listings and feeds it is in, the sitemaps, the API.</summary>
public sealed record ChangedSurfaces(IReadOnlyList<string> Paths, IReadOnlyList<string> Keys)
{
    public static ChangedSurfaces For(StoryEvent e, StoredStory? story)
    {
        var paths = new List<string> { e.Path, "/", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/sitemap-news.xml", $"/api/v1/stories/{e.StoryId}", "/api/v1/stories" };
        var keys = new List<string> { $"story-{e.StoryId}", "home", "feeds", "sitemaps", "api" };
        if (story?.Section is { } section)
        {
            paths.AddRange([SiteUrls.Section(section), SiteUrls.Section(section) + "/feed.xml", SiteUrls.Section(section) + "/atom.xml", SiteUrls.Section(section) + "/feed.json"]);
            keys.Add(SurrogateKeys.For("section", section));
        }
        if (story?.Current.Agency is { } agency)
        {
            paths.AddRange([SiteUrls.Agency(agency), SiteUrls.Agency(agency) + "/feed.xml", SiteUrls.Agency(agency) + "/atom.xml", SiteUrls.Agency(agency) + "/feed.json"]);
            keys.Add(SurrogateKeys.For("agency", agency));
        }
        if (story?.Current.Dateline?.Place is { } place)
        {
            paths.Add(SiteUrls.Place(place));
            keys.Add(SurrogateKeys.For("place", place));
        }
        return new ChangedSurfaces(paths, keys);
    }
}
