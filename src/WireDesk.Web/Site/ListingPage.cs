using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>Home, section and agency pages: a heading, a page of stories newest first, and a link to older ones.</summary>
public sealed class ListingPage(SiteOptions site, Layout layout, StoryList list)
{
    public string Render(string heading, string? intro, IReadOnlyList<StoredStory> stories, string? olderHref, string canonical, bool isHome)
    {
        var html = new StringBuilder(8192);
        html.Append(isHome ? "<h1 class=\"visually-hidden\">" : "<h1>").Append(Html.Encode(heading)).Append("</h1>\n");
        if (intro is not null) html.Append("<p class=\"intro\">").Append(Html.Encode(intro)).Append("</p>\n");
        if (stories.Count == 0)
            html.Append("<p class=\"empty\">No stories yet.</p>\n");
        else
            list.Render(html, stories);
        if (olderHref is not null)
            html.Append("<nav class=\"pager\" aria-label=\"Pages\"><a rel=\"next\" href=\"").Append(Html.Attr(olderHref)).Append("\">Older stories</a></nav>\n");
        var title = isHome ? $"{site.Name}: {site.Tagline}" : $"{heading} | {site.Name}";
        return layout.Render(new PageHead(title) { Canonical = canonical }, html.ToString());
    }
}
