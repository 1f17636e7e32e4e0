using System.Text;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;
using WireDesk.Web.Seo;

namespace WireDesk.Web.Site;

/// <summary>
/// The article page of PRODUCT.md §2: headline; "By AGENCY | Updated: ..."; the dateline and body verbatim; the
/// disclaimer; "Open in app"; then "Also reported by" and related stories. The body is the agency's, paragraph for
/// paragraph; nothing is added inside it.
/// </summary>
public sealed class ArticlePage(SiteOptions site, SiteClock clock, Layout layout, StoryList list, ArticleJsonLd jsonLd, SocialTags social)
{
    public string Render(StoredStory story, SourcePolicy policy, ArticleFacts facts, Related related)
    {
        var s = story.Current;
        var html = new StringBuilder(s.Body.Html.Length + 8192);
        html.Append("<div class=\"article-layout\">\n<article class=\"story\"");
        if (s.Language is { Length: > 0 } lang) html.Append(" lang=\"").Append(Html.Attr(lang)).Append('"');
        html.Append(">\n<header class=\"story-head\">\n");
        html.Append("<p class=\"kicker\">");
        if (story.Section is { } section)
            html.Append("<a href=\"").Append(Html.Attr(SiteUrls.Section(section))).Append("\">").Append(Html.Encode(section)).Append("</a>");
        if (s.Dateline?.Place is { } place)
            html.Append(story.Section is null ? "" : " <span aria-hidden=\"true\">/</span> ")
                .Append("<a href=\"").Append(Html.Attr(SiteUrls.Place(place))).Append("\">").Append(Html.Encode(place)).Append("</a>");
        html.Append("</p>\n");
        html.Append("<h1>").Append(Html.Encode(story.DisplayHeadline)).Append("</h1>\n");
        if (s.SubHeadline is { Length: > 0 } sub) html.Append("<p class=\"standfirst\">").Append(Html.Encode(sub)).Append("</p>\n");
        html.Append("<p class=\"byline\">By <a class=\"agency\" href=\"").Append(Html.Attr(SiteUrls.Agency(facts.Attribution))).Append("\">")
            .Append(Html.Encode(facts.Attribution)).Append("</a>");
        if (story.ModifiedAt is { } modified) html.Append(" | Updated: ").Append(clock.Time(modified));
        html.Append("</p>\n");
        if (facts.Reporter is { } reporter) html.Append("<p class=\"reporter\">").Append(Html.Encode(reporter)).Append("</p>\n");
        if (story.PublishedAt is { } published)
            html.Append("<p class=\"stamps\">Published <time datetime=\"").Append(clock.Iso(published)).Append("\" class=\"published\">")
                .Append(Html.Encode(clock.Display(published))).Append("</time></p>\n");
        html.Append("</header>\n");
        if (facts.ImageUrl is { } image)
            html.Append("<figure class=\"lead-image\"><img src=\"").Append(Html.Attr(image)).Append("\" alt=\"")
                .Append(Html.Attr(facts.ImageAlt ?? story.DisplayHeadline)).Append("\" loading=\"lazy\"></figure>\n");
        if (s.Signals.HasFlag(Core.Stories.Signals.Correction) && policy.ShowCorrections)
            html.Append("<p class=\"correction\" role=\"note\"><strong>Correction:</strong> ")
                .Append(Html.Encode(s.CorrectionNote ?? "This story has been corrected by the agency.")).Append("</p>\n");
        html.Append("<div class=\"story-body\">\n").Append(s.Body.Html).Append("\n</div>\n");
        if (Disclaimers.For(story, policy) is { } disclaimer)
            html.Append("<p class=\"disclaimer\"><strong>Disclaimer:</strong> ").Append(Html.Encode(disclaimer)).Append("</p>\n");
        html.Append("<p class=\"app-link\"><a href=\"").Append(Html.Attr(AppLink(story, facts.CanonicalUrl))).Append("\">Open in app</a></p>\n");
        if (related.SameCluster.Count > 0)
        {
            html.Append("<section class=\"also\" aria-labelledby=\"also-title\"><h2 id=\"also-title\">Also reported by</h2><ul>");
            foreach (var other in related.SameCluster)
                html.Append("<li><a href=\"").Append(Html.Attr(other.Path)).Append("\"><span class=\"agency\">")
                    .Append(Html.Encode(other.Current.Agency ?? other.Source)).Append("</span> ").Append(Html.Encode(other.DisplayHeadline)).Append("</a></li>");
            html.Append("</ul></section>\n");
        }
        html.Append("</article>\n");
        if (related.SamePlace.Count > 0 || related.Latest.Count > 0)
        {
            html.Append("<aside class=\"rail\" aria-label=\"More stories\">");
            if (related.SamePlace.Count > 0 && s.Dateline?.Place is { } from)
            {
                html.Append("<section class=\"related\" aria-labelledby=\"related-title\"><h2 id=\"related-title\">More from <a href=\"")
                    .Append(Html.Attr(SiteUrls.Place(from))).Append("\">").Append(Html.Encode(from)).Append("</a></h2>\n");
                list.Render(html, related.SamePlace, "h3", "related-list", teasers: false);
                html.Append("</section>\n");
            }
            if (related.Latest.Count > 0)
            {
                html.Append("<section class=\"related\" aria-labelledby=\"latest-title\"><h2 id=\"latest-title\">Latest news</h2>\n");
                list.Render(html, related.Latest, "h3", "related-list", teasers: false);
                html.Append("</section>\n");
            }
            html.Append("</aside>\n");
        }
        html.Append("</div>\n");
        var head = new PageHead($"{story.DisplayHeadline} | {site.Name}")
        {
            Canonical = facts.CanonicalUrl,
            Description = facts.Description,
            NoIndex = policy.NoIndex,
            Language = s.Language,
            Extra = social.Render(story, facts) + jsonLd.Script(story, facts),
        };
        return layout.Render(head, html.ToString());
    }

    private string AppLink(StoredStory story, string canonicalUrl) => site.AppLink
        .Replace("{id}", story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{slug}", Uri.EscapeDataString(story.Slug))
        .Replace("{url}", Uri.EscapeDataString(canonicalUrl));
}
