using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>Listings of stories: a kicker, the headline, a teaser, the agency and the time, newest first.</summary>
public sealed class StoryList(SiteOptions site, SiteClock clock)
{
    public void Render(StringBuilder html, IEnumerable<StoredStory> stories, string headingLevel = "h2", string css = "story-list", bool teasers = true)
    {
        html.Append("<ol class=\"").Append(css).Append("\">\n");
        foreach (var story in stories)
        {
            html.Append("<li>");
            Teaser(html, story, headingLevel, teasers);
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    /// <summary>One story as an &lt;article&gt; card.</summary>
    public void Teaser(StringBuilder html, StoredStory story, string headingLevel, bool withTeaser, string css = "teaser")
    {
        var s = story.Current;
        html.Append("<article class=\"").Append(css).Append('"');
        if (s.Language is { Length: > 0 } lang && !lang.StartsWith(site.Language, StringComparison.OrdinalIgnoreCase))
            html.Append(" lang=\"").Append(Html.Attr(lang)).Append('"');
        html.Append('>');
        if (Kicker(story) is { } kicker)
            html.Append("<p class=\"kicker\">").Append(Html.Encode(kicker)).Append("</p>");
        html.Append('<').Append(headingLevel).Append("><a href=\"").Append(Html.Attr(story.Path)).Append("\">")
            .Append(Html.Encode(story.DisplayHeadline)).Append("</a></").Append(headingLevel).Append('>');
        if (withTeaser)
            html.Append("<p class=\"summary\">").Append(Html.Encode(Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), site.TeaserLength))).Append("</p>");
        html.Append("<p class=\"meta\"><span class=\"agency\">").Append(Html.Encode(s.Agency ?? story.Source)).Append("</span>");
        if ((story.ModifiedAt ?? story.PublishedAt) is { } at) html.Append(" <span aria-hidden=\"true\">·</span> ").Append(clock.ShortTime(at));
        html.Append("</p></article>");
    }

    private static string? Kicker(StoredStory story) => story.Current.Dateline?.Place ?? story.Section;
}
