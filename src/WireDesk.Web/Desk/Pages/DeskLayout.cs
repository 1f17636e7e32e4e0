using System.Security.Claims;
using System.Text;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>The desk's frame: a dense top bar with the areas and the signed-in user, then the page.</summary>
public sealed class DeskLayout(SiteOptions site)
{
    public string Render(string title, string active, ClaimsPrincipal? user, DeskForm? form, string main, string? bodyData = null)
    {
        var html = new StringBuilder(main.Length + 2048);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append(" · Desk · ").Append(Html.Encode(site.Name)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(DeskPaths.Css).Append("\">\n")
            .Append("<script src=\"").Append(DeskPaths.Js).Append("\" defer></script>\n")
            .Append("</head>\n<body class=\"desk\"").Append(bodyData ?? "").Append(">\n");
        if (user?.Identity?.IsAuthenticated == true)
        {
            html.Append("<header class=\"deskbar\"><a class=\"brand\" href=\"/desk\">").Append(Html.Encode(site.Name)).Append(" <b>Desk</b></a>\n<nav aria-label=\"Desk\">");
            Nav(html, "/desk", "Queue", "queue", active);
            Nav(html, "/desk/audit", "Audit", "audit", active);
            if (DeskPrincipal.IsAdmin(user)) Nav(html, "/desk/sources", "Sources", "sources", active);
            Nav(html, "/", "Site ↗", "site", active);
            html.Append("</nav>\n<div class=\"who\"><span class=\"user\">").Append(Html.Encode(DeskPrincipal.Name(user)))
                .Append("</span> <span class=\"role\">").Append(Html.Encode(DeskPrincipal.Role(user)?.ToString().ToLowerInvariant())).Append("</span>");
            if (form is not null)
                html.Append(form.Button("/desk/sign-out", "Sign out", "link"));
            html.Append("</div></header>\n");
        }
        html.Append("<main id=\"main\">\n").Append(main).Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Nav(StringBuilder html, string href, string label, string key, string active) =>
        html.Append("<a href=\"").Append(href).Append('"').Append(key == active ? " aria-current=\"page\"" : "").Append('>')
            .Append(Html.Encode(label)).Append("</a>");
}
