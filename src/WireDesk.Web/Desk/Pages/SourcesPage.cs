using System.Globalization;
using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>
/// The sources, for admins: what the deliveries table says of each (receipts, last receipt, failures, quiet), pause and
/// resume, and the way to its policy.
/// </summary>
public sealed class SourcesPage(DeskLayout layout, SiteClock clock)
{
    public string Render(IReadOnlyList<SourceSettings> sources, IReadOnlyList<SourceReceipts> receipts, DateTimeOffset now,
        ClaimsPrincipal user, DeskForm form)
    {
        var byName = receipts.ToDictionary(r => r.Source, StringComparer.OrdinalIgnoreCase);
        var html = new StringBuilder(16_384);
        html.Append("<h1>Sources</h1>\n<table class=\"grid\"><thead><tr><th>Source</th><th>Agency</th><th>Transport</th><th>State</th><th>Last copy</th>")
            .Append("<th title=\"deliveries in the last 24 hours / all\">24h / all</th><th>Failed</th><th class=\"hl\">Last error</th><th>Policy</th><th></th></tr></thead><tbody>\n");
        foreach (var source in sources)
        {
            byName.TryGetValue(source.Name, out var r);
            var quiet = r?.LastReceivedAt is not { } last || now - last > TimeSpan.FromMinutes(source.IdleMinutes);
            html.Append("<tr id=\"src-").Append(Html.Attr(source.Name)).Append("\"><td class=\"src\"><a href=\"/desk/sources/").Append(Html.Attr(Uri.EscapeDataString(source.Name))).Append("\">")
                .Append(Html.Encode(source.Name)).Append("</a></td><td>").Append(Html.Encode(source.Agency ?? "–")).Append("</td><td>").Append(Html.Encode(source.Transport))
                .Append("</td><td>").Append(source.Paused ? "<span class=\"pill hidden\">paused</span>" : quiet ? "<span class=\"pill held\">quiet</span>" : "<span class=\"pill live\">receiving</span>")
                .Append("</td><td>").Append(r?.LastReceivedAt is { } at ? DeskText.AgeCell(at, now, clock) : "never").Append("</td><td class=\"num\">")
                .Append(r is null ? "0 / 0" : $"{r.DeliveriesSince.ToString(CultureInfo.InvariantCulture)} / {r.Deliveries.ToString(CultureInfo.InvariantCulture)}")
                .Append("</td><td class=\"num\">").Append(r?.Failed ?? 0).Append("</td><td class=\"reason\">");
            if (r?.LastError is { } error)
                html.Append(Html.Encode(error)).Append(r.LastErrorAt is { } errorAt ? " <small>" + Html.Encode(clock.Display(errorAt)) + "</small>" : "");
            else
                html.Append('–');
            html.Append("</td><td><a href=\"/desk/sources/").Append(Html.Attr(Uri.EscapeDataString(source.Name))).Append("\">edit</a></td><td class=\"acts\">")
                .Append(source.Paused
                    ? form.Button($"/desk/sources/{Uri.EscapeDataString(source.Name)}/resume", "Resume", "btn go", "/desk/sources")
                    : form.Button($"/desk/sources/{Uri.EscapeDataString(source.Name)}/pause", "Pause", "btn warn", "/desk/sources"))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody></table>");
        if (sources.Count == 0) html.Append("<p class=\"empty\">No sources are configured; copy handed to <code>wiredesk ingest</code> uses the defaults.</p>");
        var unconfigured = receipts.Where(r => !sources.Any(s => string.Equals(s.Name, r.Source, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unconfigured.Count > 0)
        {
            html.Append("<h2>Copy from sources not in the sources file</h2><table class=\"grid\"><thead><tr><th>Source</th><th>Last copy</th><th>24h / all</th><th>Failed</th></tr></thead><tbody>");
            foreach (var r in unconfigured)
                html.Append("<tr><td class=\"src\">").Append(Html.Encode(r.Source)).Append("</td><td>").Append(r.LastReceivedAt is { } at ? DeskText.AgeCell(at, now, clock) : "never")
                    .Append("</td><td class=\"num\">").Append(r.DeliveriesSince).Append(" / ").Append(r.Deliveries).Append("</td><td class=\"num\">").Append(r.Failed).Append("</td></tr>");
            html.Append("</tbody></table>");
        }
        html.Append("<p class=\"sub\">Health here is what the deliveries table records; pausing is written to the sources file and honoured by the transports.</p>");
        return layout.Render("Sources", "sources", user, form, html.ToString());
    }

    public string RenderEdit(SourceSettings source, string policyJson, string disclaimer, string? error, ClaimsPrincipal user, DeskForm form)
    {
        var html = new StringBuilder(8192);
        var action = $"/desk/sources/{Uri.EscapeDataString(source.Name)}/policy";
        html.Append("<p class=\"crumbs\"><a href=\"/desk/sources\">Sources</a> › ").Append(Html.Encode(source.Name)).Append("</p><h1>")
            .Append(Html.Encode(source.Name)).Append(" <span class=\"sub\">").Append(Html.Encode(source.Agency)).Append(" · ").Append(Html.Encode(source.Transport))
            .Append(" · ").Append(Html.Encode(source.TimeZone)).Append(source.Paused ? " · paused" : "").Append("</span></h1>");
        if (error is not null) html.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>");
        html.Append(form.Open(action, "policy", "/desk/sources"))
            .Append("<label for=\"disclaimer\">Disclaimer shown under this source's stories</label><textarea id=\"disclaimer\" name=\"disclaimer\" rows=\"3\">")
            .Append(Html.Encode(disclaimer)).Append("</textarea>")
            .Append("<label for=\"policy\">Policy (JSON: defaultAction publish|hold|drop, defaultSection, attribution, noIndex, keepDisclaimerWhenReviewed, duplicates, showCorrections, rules[] with name, action, section, urgencyAtMost, subjects, keywords, countries, languages, headlinePattern, bodyPattern)</label>")
            .Append("<textarea id=\"policy\" name=\"policy\" rows=\"24\" spellcheck=\"false\" class=\"code\">").Append(Html.Encode(policyJson)).Append("</textarea>")
            .Append("<button type=\"submit\" class=\"btn go\">Save policy</button> <a href=\"/desk/sources\">cancel</a></form>");
        return layout.Render(source.Name, "sources", user, form, html.ToString());
    }
}
