using System.Globalization;
using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>Two agency versions side by side, paragraph by paragraph, with the changed words marked.</summary>
public sealed class ComparePage(DeskLayout layout, SiteClock clock)
{
    public string Render(StoredStory story, StoredVersion older, StoredVersion newer, ClaimsPrincipal user, DeskForm form)
    {
        var html = new StringBuilder(16_384);
        html.Append("<p class=\"crumbs\"><a href=\"/desk\">Queue</a> › <a href=\"/desk/story/").Append(story.Id).Append("\">story ").Append(story.Id)
            .Append("</a> › compare</p><h1>").Append(Html.Encode(story.DisplayHeadline)).Append("</h1>\n<table class=\"diff\"><thead><tr>");
        Head(html, older);
        Head(html, newer);
        html.Append("</tr></thead><tbody>\n");
        Row(html, DiffRowFor(older.Story.Headline, newer.Story.Headline), "headline");
        foreach (var row in ParagraphDiff.Compare(older.Story.Body.Paragraphs, newer.Story.Body.Paragraphs)) Row(html, row, null);
        html.Append("</tbody></table>\n");
        return layout.Render("Compare versions", "queue", user, form, html.ToString());
    }

    private void Head(StringBuilder html, StoredVersion v) =>
        html.Append("<th>#").Append(v.Arrival).Append(v.Version is { } n ? " · version " + n.ToString(CultureInfo.InvariantCulture) : "").Append(" · ")
            .Append(v.Story.PubStatus.ToString().ToLowerInvariant()).Append(" · received ").Append(Html.Encode(clock.Display(v.ReceivedAt))).Append("</th>");

    private static DiffRow DiffRowFor(string? older, string? newer) =>
        older == newer ? new DiffRow(DiffKind.Same, older, newer)
        : older is null ? new DiffRow(DiffKind.Added, null, newer)
        : newer is null ? new DiffRow(DiffKind.Removed, older, null)
        : new DiffRow(DiffKind.Changed, older, newer);

    private static void Row(StringBuilder html, DiffRow row, string? css)
    {
        html.Append("<tr class=\"").Append(row.Kind.ToString().ToLowerInvariant()).Append(css is null ? "" : " " + css).Append("\">");
        if (row.Kind == DiffKind.Changed)
        {
            var words = ParagraphDiff.Words(row.Older!, row.Newer!);
            Cell(html, words, DiffKind.Added, "del");
            Cell(html, words, DiffKind.Removed, "ins");
        }
        else
        {
            html.Append("<td>").Append(Html.Encode(row.Older)).Append("</td><td>").Append(Html.Encode(row.Newer)).Append("</td>");
        }
        html.Append("</tr>\n");
    }

    // One side of a changed pair: every segment but the other side's, the differing words in <del> or <ins>.
    private static void Cell(StringBuilder html, IReadOnlyList<DiffSegment> words, DiffKind skip, string mark)
    {
        html.Append("<td>");
        foreach (var segment in words.Where(w => w.Kind != skip))
        {
            if (segment.Kind == DiffKind.Same) html.Append(Html.Encode(segment.Text));
            else html.Append('<').Append(mark).Append('>').Append(Html.Encode(segment.Text)).Append("</").Append(mark).Append('>');
        }
        html.Append("</td>");
    }
}
