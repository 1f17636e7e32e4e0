using System.Globalization;
using System.Security.Claims;
using System.Text;
using WireDesk.Core.Desk;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Rendering;
using WireDesk.Web.Site;

namespace WireDesk.Web.Desk.Pages;

/// <summary>
/// One story on the desk: what readers get now, the actions, the agency's body (locked), its versions with a compare,
/// and its audit trail.
/// </summary>
public sealed class StoryPage(DeskLayout layout, SiteClock clock)
{
    public string Render(StoredStory story, SourcePolicy policy, IReadOnlyList<StoredVersion> versions, IReadOnlyList<AuditEntry> audit,
        DateTimeOffset now, ClaimsPrincipal user, DeskForm form)
    {
        var s = story.Current;
        var (readerCss, readerText) = DeskText.ReaderState(story, now, clock);
        var html = new StringBuilder(16_384);
        html.Append("<article class=\"deskstory\" data-id=\"").Append(story.Id).Append("\">\n<header><p class=\"crumbs\"><a href=\"/desk\">Queue</a> › story ")
            .Append(story.Id).Append("</p><h1>").Append(Html.Encode(story.DisplayHeadline)).Append("</h1>");
        if (story.HeadlineOverride is not null)
            html.Append("<p class=\"agencyhl\">Agency headline: <q>").Append(Html.Encode(s.Headline)).Append("</q></p>");
        html.Append("<p class=\"readers\">Readers see: <span class=\"pill ").Append(readerCss).Append("\">").Append(Html.Encode(readerText)).Append("</span> at <a href=\"")
            .Append(Html.Attr(story.Path)).Append("\">").Append(Html.Encode(story.Path)).Append("</a></p></header>\n");

        html.Append("<div class=\"cols\"><div class=\"main\">\n");
        if (DeskPrincipal.CanAct(user)) Actions(html, story, form);
        html.Append("<section class=\"body\" aria-labelledby=\"body-h\"><h2 id=\"body-h\">Agency copy <span class=\"sub\">locked: the body is published as the agency sent it</span></h2>\n<div class=\"story-body\">")
            .Append(s.Body.Html).Append("</div>");
        if (Disclaimers.For(story, policy) is { } disclaimer)
            html.Append("<p class=\"disclaimer\"><strong>Disclaimer:</strong> ").Append(Html.Encode(disclaimer)).Append("</p>");
        html.Append("</section>\n");
        Versions(html, story, versions);
        AuditTrail(html, audit);
        html.Append("</div>\n<aside class=\"facts\">");
        Facts(html, story, policy);
        html.Append("</aside></div></article>\n");
        return layout.Render(story.DisplayHeadline, "queue", user, form, html.ToString(), $" data-page=\"story\" data-id=\"{story.Id}\"");
    }

    private static void Actions(StringBuilder html, StoredStory story, DeskForm form)
    {
        var self = DeskPaths.Story(story.Id);
        var at = $"/desk/story/{story.Id}/";
        html.Append("<section class=\"actions\" aria-label=\"Actions\">");
        if (story.State == StoryState.Killed)
        {
            html.Append("<p class=\"dead\">Killed: ").Append(Html.Encode(story.KillReason)).Append(". A killed story stays dead.</p></section>\n");
            return;
        }
        html.Append(form.Open(at + "headline", "headline", self, "h"))
            .Append("<label for=\"headline\">Headline</label><input id=\"headline\" name=\"headline\" maxlength=\"").Append(EditorActions.MaxHeadlineLength)
            .Append("\" required value=\"").Append(Html.Attr(story.DisplayHeadline)).Append("\"><button type=\"submit\" class=\"btn\">Save headline</button>");
        if (story.HeadlineOverride is not null)
            html.Append("<button type=\"submit\" class=\"btn quiet\" name=\"headline\" value=\"").Append(Html.Attr(story.Current.Headline))
                .Append("\" formnovalidate>Back to agency headline</button>");
        html.Append("</form>\n<div class=\"buttons\">");
        if (story.State == StoryState.Published && !story.Reviewed) html.Append(form.Button(at + "review", "Mark reviewed", "btn", self, "r"));
        if (story.State is StoryState.Held or StoryState.Dropped) html.Append(form.Button(at + "release", "Release", "btn go", self, "a"));
        if (story.State == StoryState.Withheld) html.Append(form.Button(at + "restore", "Restore", "btn go", self, "a"));
        html.Append("</div>\n");
        if (story.State is StoryState.Published or StoryState.Held)
            html.Append(form.Open(at + "withhold", "reasoned", self, "w"))
                .Append("<label for=\"withhold-reason\">Withhold (404, reversible)</label><input id=\"withhold-reason\" name=\"reason\" placeholder=\"reason\" maxlength=\"300\">")
                .Append("<button type=\"submit\" class=\"btn warn\">Withhold</button></form>\n");
        html.Append(form.Open(at + "kill", "reasoned kill", self, "x"))
            .Append("<label for=\"kill-reason\">Kill (410 everywhere, for good)</label><input id=\"kill-reason\" name=\"reason\" required placeholder=\"reason, e.g. agency kill advisory\" maxlength=\"300\">")
            .Append("<button type=\"submit\" class=\"btn danger\">Kill story</button></form>\n</section>\n");
    }

    private void Facts(StringBuilder html, StoredStory story, SourcePolicy policy)
    {
        var s = story.Current;
        var discText = DeskText.DisclaimerState(story, policy).Text;
        html.Append("<h2>Facts</h2><dl>");
        Fact(html, "State", story.State.ToString().ToLowerInvariant() + (story.Reviewed ? ", reviewed" : ", not reviewed"));
        if (story.HoldReason is { } hold) Fact(html, "Reason", hold);
        if (story.KillReason is { } kill) Fact(html, "Killed", kill);
        Fact(html, "Source", story.Source);
        Fact(html, "Agency", s.Agency);
        Fact(html, "Section", story.Section);
        Fact(html, "Urgency", s.Urgency?.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Guid", story.Guid);
        Fact(html, "Version", s.Version?.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Format", s.Format);
        Fact(html, "Received", clock.Display(story.ReceivedAt));
        if (story.PublishedAt is { } published) Fact(html, "Published", clock.Display(published));
        if (story.ModifiedAt is { } modified) Fact(html, "Updated", clock.Display(modified));
        if (story.EmbargoUntil is { } embargo) Fact(html, "Embargo", clock.Display(embargo));
        Fact(html, "Disclaimer", discText);
        if (s.Dateline is { } dateline) Fact(html, "Dateline", dateline.Text);
        if (s.Byline is { } byline) Fact(html, "Byline", byline);
        if (s.Signals != Core.Stories.Signals.None) Fact(html, "Signals", s.Signals.ToString());
        if (s.CorrectionNote is { } correction) Fact(html, "Correction", correction);
        html.Append("</dl>");
        if (s.EdNote is { Length: > 0 } note)
            html.Append("<p class=\"ednote\"><b>Editor's note from the agency</b> (never published): ").Append(Html.Encode(note)).Append("</p>");
        if (s.Warnings.Count > 0)
        {
            html.Append("<h3>Parser warnings</h3><ul class=\"warnings\">");
            foreach (var w in s.Warnings) html.Append("<li>").Append(Html.Encode(w)).Append("</li>");
            html.Append("</ul>");
        }
    }

    private void Versions(StringBuilder html, StoredStory story, IReadOnlyList<StoredVersion> versions)
    {
        html.Append("<section aria-labelledby=\"versions-h\"><h2 id=\"versions-h\">Agency versions <span class=\"count\">").Append(versions.Count).Append("</span></h2>");
        html.Append("<form method=\"get\" action=\"/desk/story/").Append(story.Id).Append("/compare\"><table class=\"grid\"><thead><tr><th>Older</th><th>Newer</th><th>#</th><th>Version</th>")
            .Append("<th>Received</th><th>Status</th><th class=\"hl\">Headline</th><th>Paras</th></tr></thead><tbody>");
        for (var i = 0; i < versions.Count; i++)
        {
            var v = versions[i];
            html.Append("<tr").Append(v.Id == story.CurrentVersionId ? " class=\"current\"" : "").Append("><td><input type=\"radio\" name=\"a\" value=\"").Append(v.Id).Append('"')
                .Append(i == versions.Count - 2 ? " checked" : "").Append(" aria-label=\"older\"></td><td><input type=\"radio\" name=\"b\" value=\"").Append(v.Id).Append('"')
                .Append(i == versions.Count - 1 ? " checked" : "").Append(" aria-label=\"newer\"></td><td class=\"num\">").Append(v.Arrival).Append("</td><td>")
                .Append(v.Version?.ToString(CultureInfo.InvariantCulture) ?? "–").Append(v.Id == story.CurrentVersionId ? " <span class=\"tag\">current</span>" : "")
                .Append("</td><td>").Append(Html.Encode(clock.Display(v.ReceivedAt))).Append("</td><td>").Append(v.Story.PubStatus.ToString().ToLowerInvariant())
                .Append("</td><td class=\"hl\">").Append(Html.Encode(v.Story.Headline)).Append("</td><td class=\"num\">").Append(v.Story.Body.Paragraphs.Count).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        if (versions.Count > 1) html.Append("<button type=\"submit\" class=\"btn\">Compare side by side</button>");
        html.Append("</form></section>\n");
    }

    private void AuditTrail(StringBuilder html, IReadOnlyList<AuditEntry> audit)
    {
        html.Append("<section aria-labelledby=\"audit-h\"><h2 id=\"audit-h\">Audit</h2><table class=\"grid audit\"><thead><tr><th>When</th><th>Who</th><th>Action</th><th>Version</th>")
            .Append("<th class=\"hl\">Before → after</th></tr></thead><tbody>");
        foreach (var entry in audit.Reverse())
            AuditPage.Row(html, entry, null, clock);
        html.Append("</tbody></table></section>\n");
    }

    private static void Fact(StringBuilder html, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        html.Append("<dt>").Append(Html.Encode(name)).Append("</dt><dd>").Append(Html.Encode(value)).Append("</dd>");
    }
}
