using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>Section, agency and place pages: a heading, a page of stories newest first, and links between pages.</summary>
public sealed class ListingPage(SiteOptions site, Layout layout, StoryList list)
{
    public string Render(Listing listing, IReadOnlyList<StoredStory> stories, string? olderHref, bool isFirstPage, string canonical)
    {
        var html = new StringBuilder(8192);
        html.Append("<header class=\"page-head\"><h1>").Append(Html.Encode(listing.Heading)).Append("</h1>");
        if (listing.Intro is not null) html.Append("<p class=\"intro\">").Append(Html.Encode(listing.Intro)).Append("</p>");
        if (listing.FeedPath is { } feed)
            html.Append("<p class=\"feeds\">Follow: <a href=\"").Append(Html.Attr(feed)).Append("\">RSS</a></p>");
        html.Append("</header>\n");
        if (stories.Count == 0)
            html.Append("<p class=\"empty\">No stories yet.</p>\n");
        else
            list.Render(html, stories);
        if (olderHref is not null || !isFirstPage)
        {
            html.Append("<nav class=\"pager\" aria-label=\"Pages\">");
            if (!isFirstPage) html.Append("<a href=\"").Append(Html.Attr(listing.Path)).Append("\">Newest stories</a>");
            if (olderHref is not null) html.Append("<a rel=\"next\" href=\"").Append(Html.Attr(olderHref)).Append("\">Older stories</a>");
            html.Append("</nav>\n");
        }
        var head = new PageHead($"{listing.Heading} | {site.Name}")
        {
            Canonical = canonical,
            Description = listing.Intro ?? $"{listing.Heading}: the latest agency stories on {site.Name}.",
            Feed = listing.FeedPath is { } path ? ($"{site.Name}: {listing.Heading}", path) : null,
        };
        return layout.Render(head, html.ToString());
    }
}
