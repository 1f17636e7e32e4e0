using System.Text;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>
/// The article page of PRODUCT.md §2: headline; "By AGENCY | Updated: ..."; the dateline and body verbatim; the
/// disclaimer; "Open in app". The body is the agency's, paragraph for paragraph; nothing is added inside it.
/// </summary>
public sealed class ArticlePage(SiteOptions site, SiteClock clock, Layout layout)
{
    public string Render(StoredStory story, SourcePolicy policy, string canonicalUrl, IReadOnlyList<StoredStory> related)
    {
        var s = story.Current;
        var attribution = policy.Attribution ?? s.Agency ?? story.Source;
        var html = new StringBuilder(s.Body.Html.Length + 4096);
        html.Append("<article class=\"story\"");
        if (s.Language is { Length: > 0 } lang) html.Append(" lang=\"").Append(Html.Attr(lang)).Append('"');
        html.Append(">\n<header class=\"story-head\">\n");
        if (story.Section is { } section)
            html.Append("<p class=\"kicker\"><a href=\"/section/").Append(Html.Attr(Uri.EscapeDataString(section.ToLowerInvariant())))
                .Append("\">").Append(Html.Encode(section)).Append("</a></p>\n");
        html.Append("<h1>").Append(Html.Encode(story.DisplayHeadline)).Append("</h1>\n");
        html.Append("<p class=\"byline\">By <a class=\"agency\" href=\"/agency/").Append(Html.Attr(Uri.EscapeDataString(attribution.ToLowerInvariant())))
            .Append("\">").Append(Html.Encode(attribution)).Append("</a>");
        if (story.ModifiedAt is { } modified) html.Append(" | Updated: ").Append(clock.Time(modified));
        html.Append("</p>\n");
        if (story.PublishedAt is { } published)
            html.Append("<p class=\"stamps\">Published <time datetime=\"").Append(clock.Iso(published)).Append("\" class=\"published\">")
                .Append(Html.Encode(clock.Display(published))).Append("</time></p>\n");
        html.Append("</header>\n");
        if (s.Signals.HasFlag(Core.Stories.Signals.Correction) && policy.ShowCorrections)
            html.Append("<p class=\"correction\" role=\"note\"><strong>Correction:</strong> ")
                .Append(Html.Encode(s.CorrectionNote ?? "This story has been corrected by the agency.")).Append("</p>\n");
        html.Append("<div class=\"story-body\">\n").Append(s.Body.Html).Append("\n</div>\n");
        if (Disclaimers.For(story, policy) is { } disclaimer)
            html.Append("<p class=\"disclaimer\"><strong>Disclaimer:</strong> ").Append(Html.Encode(disclaimer)).Append("</p>\n");
        html.Append("<p class=\"app-link\"><a href=\"").Append(Html.Attr(AppLink(story, canonicalUrl))).Append("\">Open in app</a></p>\n");
        html.Append("</article>\n");
        if (related.Count > 0)
        {
            html.Append("<aside class=\"related\" aria-labelledby=\"related-title\"><h2 id=\"related-title\">Related</h2><ul>");
            foreach (var r in related)
                html.Append("<li><a href=\"").Append(Html.Attr(r.Path)).Append("\">").Append(Html.Encode(r.DisplayHeadline)).Append("</a> <span class=\"agency\">")
                    .Append(Html.Encode(r.Current.Agency ?? r.Source)).Append("</span></li>");
            html.Append("</ul></aside>\n");
        }
        var head = new PageHead($"{story.DisplayHeadline} | {site.Name}")
        {
            Canonical = canonicalUrl,
            Description = Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), 160),
            NoIndex = policy.NoIndex,
            Language = s.Language,
        };
        return layout.Render(head, html.ToString());
    }

    private string AppLink(StoredStory story, string canonicalUrl) => site.AppLink
        .Replace("{id}", story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{slug}", Uri.EscapeDataString(story.Slug))
        .Replace("{url}", Uri.EscapeDataString(canonicalUrl));
}
