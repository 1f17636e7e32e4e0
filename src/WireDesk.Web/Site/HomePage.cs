using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>The front page: the lead story and the other top stories, then a block for each configured section.</summary>
public sealed class HomePage(SiteOptions site, Layout layout, StoryList list)
{
    public string Render(IReadOnlyList<StoredStory> top, IReadOnlyList<(string Section, IReadOnlyList<StoredStory> Stories)> sections, string canonical)
    {
        var html = new StringBuilder(16384);
        html.Append("<h1 class=\"visually-hidden\">").Append(Html.Encode(site.Name)).Append("</h1>\n");
        html.Append("<section class=\"top\" aria-labelledby=\"top-title\"><h2 id=\"top-title\" class=\"block-title\">Top stories</h2>\n");
        if (top.Count == 0)
            html.Append("<p class=\"empty\">No stories yet.</p>\n");
        else
        {
            // The lead with two stories under it; the rest of the top stories in the column beside.
            html.Append("<div class=\"top-grid\"><div class=\"top-main\">");
            list.Teaser(html, top[0], "h3", withTeaser: true, css: "teaser lead");
            if (top.Count > 1) list.Render(html, top.Skip(1).Take(2), "h3", "secondary-list");
            html.Append("</div>");
            if (top.Count > 3) list.Render(html, top.Skip(3), "h3", "top-list", teasers: false);
            html.Append("</div>");
        }
        html.Append("</section>\n<div class=\"sections-grid\">\n");
        foreach (var (section, stories) in sections)
        {
            if (stories.Count == 0) continue;
            var id = "s-" + Uri.EscapeDataString(section.ToLowerInvariant()).Replace('%', '_');
            html.Append("<section class=\"section-block\" aria-labelledby=\"").Append(id).Append("\"><h2 class=\"block-title\" id=\"").Append(id)
                .Append("\"><a href=\"").Append(Html.Attr(SiteUrls.Section(section))).Append("\">").Append(Html.Encode(section)).Append("</a></h2>\n");
            list.Render(html, stories, "h3", "block-list", teasers: false);
            html.Append("<p class=\"more\"><a href=\"").Append(Html.Attr(SiteUrls.Section(section))).Append("\">More ")
                .Append(Html.Encode(section)).Append(" news</a></p></section>\n");
        }
        html.Append("</div>\n");
        var head = new PageHead($"{site.Name}: {site.Tagline}") { Canonical = canonical, Description = site.Tagline };
        return layout.Render(head, html.ToString());
    }
}
