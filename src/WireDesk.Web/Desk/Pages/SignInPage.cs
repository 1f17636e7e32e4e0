using System.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>The sign-in form; the message says what went wrong without telling a wrong name from a wrong password.</summary>
public sealed class SignInPage(SiteOptions site, DeskLayout layout)
{
    public string Render(DeskForm form, string returnTo, string? name, string? message)
    {
        var html = new StringBuilder(2048);
        html.Append("<section class=\"signin\"><h1>").Append(Html.Encode(site.Name)).Append(" <b>Desk</b></h1>");
        if (message is not null) html.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(message)).Append("</p>");
        html.Append("<form method=\"post\" action=\"").Append(DeskPaths.SignIn).Append("\">").Append(form.Token)
            .Append("<input type=\"hidden\" name=\"return\" value=\"").Append(Html.Attr(returnTo)).Append("\">")
            .Append("<label for=\"name\">Name</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required autofocus value=\"")
            .Append(Html.Attr(name)).Append("\"><label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
            .Append("<button type=\"submit\" class=\"btn go\">Sign in</button></form></section>");
        return layout.Render("Sign in", "", null, null, html.ToString());
    }
}
