using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>
/// The queue: what went out unreviewed (newest first), what is held or withheld and why, and the deliveries that failed,
/// with filters; desk.js adds new stories as they arrive and the keyboard shortcuts.
/// </summary>
public sealed class QueuePage(SiteOptions site, DeskLayout layout, QueueRows rows, SiteClock clock)
{
    public sealed record Model(
        QueueFilter Filter,
        IReadOnlyList<StoredStory> Unreviewed,
        IReadOnlyList<StoredStory> Held,
        IReadOnlyList<FailedDelivery> Quarantined,
        IReadOnlyList<string> Sources,
        long EventSequence,
        int Limit);

    public string Render(Model model, DateTimeOffset now, ClaimsPrincipal user, DeskForm form)
    {
        var back = "/desk" + model.Filter.QueryString();
        var html = new StringBuilder(32_768);
        Filters(html, model);

        html.Append("<section id=\"unreviewed\" aria-labelledby=\"unreviewed-h\"><h2 id=\"unreviewed-h\">Not yet reviewed <span class=\"count\">")
            .Append(model.Unreviewed.Count).Append(model.Unreviewed.Count >= model.Limit ? "+" : "")
            .Append("</span> <span class=\"sub\">auto-published, newest first</span></h2>\n")
            .Append("<table class=\"grid\" data-table=\"unreviewed\"><thead><tr><th title=\"Urgency (1 = flash)\">U</th><th>Age</th><th>Source</th><th>Section</th>")
            .Append("<th class=\"hl\">Headline</th><th>Readers</th><th>Disclaimer</th><th></th></tr></thead><tbody>");
        foreach (var story in model.Unreviewed) rows.Unreviewed(html, story, now, user, form, back);
        html.Append("</tbody></table>");
        html.Append("<p class=\"empty\"").Append(model.Unreviewed.Count == 0 ? "" : " hidden").Append(">Nothing waiting for review.</p>");
        html.Append("</section>\n");

        html.Append("<section id=\"held\" aria-labelledby=\"held-h\"><h2 id=\"held-h\">Held and withheld <span class=\"count\">").Append(model.Held.Count)
            .Append("</span> <span class=\"sub\">not public until an editor acts</span></h2>\n")
            .Append("<table class=\"grid\" data-table=\"held\"><thead><tr><th>U</th><th>Age</th><th>Source</th><th>Section</th><th class=\"hl\">Headline</th>")
            .Append("<th>State</th><th>Reason</th><th></th></tr></thead><tbody>");
        foreach (var story in model.Held) rows.Held(html, story, now, user, form, back);
        html.Append("</tbody></table>");
        html.Append("<p class=\"empty\"").Append(model.Held.Count == 0 ? "" : " hidden").Append(">Nothing held.</p>");
        html.Append("</section>\n");

        html.Append("<section id=\"quarantine\" aria-labelledby=\"quarantine-h\"><h2 id=\"quarantine-h\">Quarantined deliveries <span class=\"count\">")
            .Append(model.Quarantined.Count).Append("</span> <span class=\"sub\">kept with the reason they failed</span></h2>\n");
        if (model.Quarantined.Count == 0)
        {
            html.Append("<p class=\"empty\">No failed deliveries.</p>");
        }
        else
        {
            html.Append("<table class=\"grid\"><thead><tr><th>#</th><th>Age</th><th>Source</th><th>Transport</th><th>File</th><th>Tries</th><th class=\"hl\">Error</th></tr></thead><tbody>\n");
            foreach (var delivery in model.Quarantined) QueueRows.Quarantined(html, delivery, now, clock);
            html.Append("</tbody></table>");
        }
        html.Append("</section>\n");
        html.Append("<footer class=\"keys\"><b>Keys</b> <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>o</kbd> open · <kbd>r</kbd> review · <kbd>a</kbd> release/restore · ")
            .Append("<kbd>h</kbd> headline · <kbd>x</kbd> kill · <kbd>/</kbd> filter · <kbd>g</kbd> refresh</footer>\n");

        var data = $" data-page=\"queue\" data-events=\"{model.EventSequence}\" data-filter=\"{Html.Attr(model.Filter.QueryString())}\"";
        return layout.Render("Queue", "queue", user, form, html.ToString(), data);
    }

    private void Filters(StringBuilder html, Model model)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/desk\" role=\"search\"><label>Source <select name=\"source\"><option value=\"\">all</option>");
        foreach (var source in model.Sources) Option(html, source, source, model.Filter.Source);
        html.Append("</select></label><label>Section <select name=\"section\"><option value=\"\">all</option>");
        foreach (var section in site.Sections) Option(html, section, section, model.Filter.Section);
        html.Append("</select></label><label>Urgency <select name=\"urgency\"><option value=\"\">any</option>");
        foreach (var (value, label) in new[] { ("1", "1 flash"), ("2", "≤ 2 urgent"), ("3", "≤ 3"), ("4", "≤ 4"), ("5", "≤ 5") })
            Option(html, value, label, model.Filter.Urgency?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</select></label><button type=\"submit\" class=\"btn\">Filter</button>");
        if (model.Filter.QueryString().Length > 0) html.Append(" <a href=\"/desk\">clear</a>");
        html.Append("<span class=\"live\" id=\"live\" aria-live=\"polite\">live updates off</span></form>\n");
    }

    private static void Option(StringBuilder html, string value, string label, string? selected) =>
        html.Append("<option value=\"").Append(Html.Attr(value)).Append('"')
            .Append(string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "").Append('>')
            .Append(Html.Encode(label)).Append("</option>");
}
