using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>A listing of stories: headline, teaser, agency and time, newest first.</summary>
public sealed class StoryList(SiteOptions site, SiteClock clock)
{
    public void Render(StringBuilder html, IEnumerable<StoredStory> stories, string headingLevel = "h2")
    {
        html.Append("<ol class=\"story-list\">\n");
        foreach (var story in stories)
        {
            var s = story.Current;
            html.Append("<li class=\"teaser\"><").Append(headingLevel).Append("><a href=\"").Append(Html.Attr(story.Path)).Append("\">")
                .Append(Html.Encode(story.DisplayHeadline)).Append("</a></").Append(headingLevel).Append(">\n<p>")
                .Append(Html.Encode(Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), site.TeaserLength)))
                .Append("</p>\n<p class=\"meta\"><span class=\"agency\">").Append(Html.Encode(s.Agency ?? story.Source)).Append("</span>");
            if ((story.ModifiedAt ?? story.PublishedAt) is { } at) html.Append(" · ").Append(clock.Time(at));
            html.Append("</p></li>\n");
        }
        html.Append("</ol>\n");
    }
}
