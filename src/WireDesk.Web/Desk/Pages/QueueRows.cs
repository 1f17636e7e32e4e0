using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>The rows of the queue's tables; the live updates fetch single rows from here too, so both look the same.</summary>
public sealed class QueueRows(ISourceCatalog sources, SiteClock clock)
{
    public void Unreviewed(StringBuilder html, StoredStory story, DateTimeOffset now, ClaimsPrincipal user, DeskForm form, string back)
    {
        var s = story.Current;
        var (readerCss, readerText) = DeskText.ReaderState(story, now, clock);
        var (discCss, discText) = DeskText.DisclaimerState(story, sources.PolicyFor(story.Source));
        Open(html, story, "unreviewed");
        html.Append("<td class=\"urg\">").Append(DeskText.Urgency(s.Urgency)).Append("</td><td>")
            .Append(DeskText.AgeCell(story.PublishedAt ?? story.ReceivedAt, now, clock)).Append("</td>");
        SourceCell(html, story);
        html.Append("<td class=\"sec\">").Append(Html.Encode(story.Section ?? "–")).Append("</td>");
        HeadlineCell(html, story);
        html.Append("<td><span class=\"pill ").Append(readerCss).Append("\">").Append(Html.Encode(readerText)).Append("</span></td>")
            .Append("<td><span class=\"pill disc-").Append(discCss).Append("\">").Append(Html.Encode(discText)).Append("</span></td>")
            .Append("<td class=\"acts\">");
        if (DeskPrincipal.CanAct(user))
            html.Append(form.Button($"/desk/story/{story.Id}/review", "Review", "btn", back, "r", "Mark reviewed (r)"));
        html.Append("</td></tr>\n");
    }

    public void Held(StringBuilder html, StoredStory story, DateTimeOffset now, ClaimsPrincipal user, DeskForm form, string back)
    {
        Open(html, story, "held");
        html.Append("<td class=\"urg\">").Append(DeskText.Urgency(story.Current.Urgency)).Append("</td><td>")
            .Append(DeskText.AgeCell(story.ReceivedAt, now, clock)).Append("</td>");
        SourceCell(html, story);
        html.Append("<td class=\"sec\">").Append(Html.Encode(story.Section ?? "–")).Append("</td>");
        HeadlineCell(html, story);
        html.Append("<td><span class=\"pill ").Append(story.State == StoryState.Withheld ? "hidden" : "held").Append("\">")
            .Append(story.State == StoryState.Withheld ? "Withheld" : "Held").Append("</span></td>")
            .Append("<td class=\"reason\">").Append(Html.Encode(story.HoldReason ?? "–")).Append("</td><td class=\"acts\">");
        if (DeskPrincipal.CanAct(user))
            html.Append(story.State == StoryState.Withheld
                ? form.Button($"/desk/story/{story.Id}/restore", "Restore", "btn", back, "a", "Restore (a)")
                : form.Button($"/desk/story/{story.Id}/release", "Release", "btn go", back, "a", "Release (a)"));
        html.Append("</td></tr>\n");
    }

    public static void Quarantined(StringBuilder html, FailedDelivery delivery, DateTimeOffset now, SiteClock clock)
    {
        html.Append("<tr><td class=\"num\">").Append(delivery.Id).Append("</td><td>").Append(DeskText.AgeCell(delivery.ReceivedAt, now, clock))
            .Append("</td><td class=\"src\">").Append(Html.Encode(delivery.Source)).Append("</td><td>").Append(Html.Encode(delivery.Transport))
            .Append("</td><td class=\"file\">").Append(Html.Encode(delivery.Name ?? "–")).Append("</td><td class=\"num\">").Append(delivery.Attempts)
            .Append("</td><td class=\"reason\">").Append(Html.Encode(delivery.Error ?? "–")).Append("</td></tr>\n");
    }

    private static void Open(StringBuilder html, StoredStory story, string table) =>
        html.Append("<tr id=\"s").Append(story.Id).Append("\" data-id=\"").Append(story.Id).Append("\" data-table=\"").Append(table)
            .Append("\" class=\"row").Append(story.Current.Urgency is { } u and <= 2 ? " urgent" : "").Append("\">");

    private static void SourceCell(StringBuilder html, StoredStory story)
    {
        html.Append("<td class=\"src\">").Append(Html.Encode(story.Source));
        if (story.Current.Agency is { } agency && !string.Equals(agency, story.Source, StringComparison.OrdinalIgnoreCase))
            html.Append(" <small>").Append(Html.Encode(agency)).Append("</small>");
        html.Append("</td>");
    }

    private static void HeadlineCell(StringBuilder html, StoredStory story)
    {
        html.Append("<td class=\"hl\"><a href=\"/desk/story/").Append(story.Id).Append("\">").Append(Html.Encode(story.DisplayHeadline)).Append("</a>");
        if (story.HeadlineOverride is not null) html.Append(" <span class=\"tag\" title=\"Agency: ").Append(Html.Attr(story.Current.Headline)).Append("\">edited</span>");
        if (story.Current.Signals.HasFlag(Core.Stories.Signals.Correction)) html.Append(" <span class=\"tag warn\">correction</span>");
        if (story.Current.Signals.HasFlag(Core.Stories.Signals.Update)) html.Append(" <span class=\"tag\">update</span>");
        if (story.Current.EdNote is { Length: > 0 } note) html.Append(" <span class=\"tag note\" title=\"").Append(Html.Attr(note)).Append("\">ed. note</span>");
        html.Append("</td>");
    }
}
