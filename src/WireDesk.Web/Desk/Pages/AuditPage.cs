using System.Globalization;
using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>Every action with who did it, when, on which story version, and the story before and after.</summary>
public sealed class AuditPage(DeskLayout layout, SiteClock clock)
{
    public string Render(IReadOnlyList<AuditRecord> records, IReadOnlyList<DeskChange> changes, bool editorsOnly, string? olderHref,
        ClaimsPrincipal user, DeskForm form)
    {
        var html = new StringBuilder(32_768);
        html.Append("<h1>Audit</h1><p class=\"filters\">Show: ")
            .Append(editorsOnly ? "<b>editors' actions</b> · <a href=\"/desk/audit?all=1\">everything (agency, policy, editors)</a>" : "<a href=\"/desk/audit\">editors' actions</a> · <b>everything</b>")
            .Append("</p>\n<table class=\"grid audit\"><thead><tr><th>When</th><th>Who</th><th>Action</th><th>Version</th><th>Story</th><th class=\"hl\">Before → after</th></tr></thead><tbody>\n");
        foreach (var record in records) Row(html, record.Entry, record, clock);
        html.Append("</tbody></table>");
        if (records.Count == 0) html.Append("<p class=\"empty\">No actions yet.</p>");
        if (olderHref is not null) html.Append("<nav class=\"pager\"><a rel=\"next\" href=\"").Append(Html.Attr(olderHref)).Append("\">Older entries</a></nav>");
        html.Append("\n<h2>Sources and accounts</h2><table class=\"grid\"><thead><tr><th>When</th><th>Who</th><th>Action</th><th>Subject</th><th class=\"hl\">Detail</th></tr></thead><tbody>");
        foreach (var change in changes)
            html.Append("<tr><td>").Append(Html.Encode(clock.Display(change.At))).Append("</td><td>").Append(Html.Encode(change.Actor)).Append("</td><td>")
                .Append(Html.Encode(change.Action)).Append("</td><td>").Append(Html.Encode(change.Subject)).Append("</td><td class=\"hl detail\">")
                .Append(Html.Encode(change.Detail)).Append("</td></tr>");
        html.Append("</tbody></table>");
        if (changes.Count == 0) html.Append("<p class=\"empty\">No changes to sources or accounts yet.</p>");
        return layout.Render("Audit", "audit", user, form, html.ToString());
    }

    /// <summary>One audit row; the story column only when listing many stories.</summary>
    public static void Row(StringBuilder html, AuditEntry entry, AuditRecord? record, SiteClock clock)
    {
        var detail = AuditDetail.Parse(entry.Detail);
        html.Append("<tr><td><time datetime=\"").Append(clock.Iso(entry.At)).Append("\">").Append(Html.Encode(clock.Display(entry.At))).Append("</time></td><td class=\"who\">")
            .Append(Html.Encode(entry.Actor)).Append("</td><td class=\"act\">").Append(Html.Encode(entry.Action)).Append("</td><td class=\"num\">");
        if (entry.VersionId is { } versionId)
        {
            html.Append('#').Append(versionId);
            if (record?.AgencyVersion is { } v) html.Append(" v").Append(v.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            html.Append('–');
        }
        html.Append("</td>");
        if (record is not null)
            html.Append("<td class=\"story\"><a href=\"/desk/story/").Append(entry.StoryId).Append("\">").Append(Html.Encode(record.Headline)).Append("</a> <small>")
                .Append(Html.Encode(record.Source)).Append("</small></td>");
        html.Append("<td class=\"hl detail\">");
        if (detail.Note is { } note) html.Append("<div class=\"note\">").Append(Html.Encode(note)).Append("</div>");
        if (detail.Before is { } before) html.Append("<div class=\"before\"><b>before</b> ").Append(Html.Encode(before)).Append("</div>");
        if (detail.After is { } after) html.Append("<div class=\"after\"><b>after</b> ").Append(Html.Encode(after)).Append("</div>");
        html.Append("</td></tr>\n");
    }
}
