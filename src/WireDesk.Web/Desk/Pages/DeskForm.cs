using System.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>
/// Writes the desk's POST forms, each carrying this request's antiforgery token, so every action works as a plain
/// form without JavaScript.
/// </summary>
public sealed class DeskForm(string fieldName, string token)
{
    public string Token => $"<input type=\"hidden\" name=\"{Html.Attr(fieldName)}\" value=\"{Html.Attr(token)}\">";

    /// <summary>A form that is one button, with optional hidden fields.</summary>
    public string Button(string action, string label, string css, string? back = null, string? key = null, string? title = null)
    {
        var html = new StringBuilder(256);
        html.Append("<form method=\"post\" action=\"").Append(Html.Attr(action)).Append("\" class=\"inline\"");
        if (key is not null) html.Append(" data-key=\"").Append(Html.Attr(key)).Append('"');
        html.Append('>').Append(Token);
        if (back is not null) html.Append("<input type=\"hidden\" name=\"back\" value=\"").Append(Html.Attr(back)).Append("\">");
        html.Append("<button type=\"submit\" class=\"").Append(Html.Attr(css)).Append('"');
        if (title is not null) html.Append(" title=\"").Append(Html.Attr(title)).Append('"');
        html.Append('>').Append(Html.Encode(label)).Append("</button></form>");
        return html.ToString();
    }

    public string Open(string action, string css, string? back = null, string? key = null)
    {
        var html = new StringBuilder(256);
        html.Append("<form method=\"post\" action=\"").Append(Html.Attr(action)).Append("\" class=\"").Append(Html.Attr(css)).Append('"');
        if (key is not null) html.Append(" data-key=\"").Append(Html.Attr(key)).Append('"');
        html.Append('>').Append(Token);
        if (back is not null) html.Append("<input type=\"hidden\" name=\"back\" value=\"").Append(Html.Attr(back)).Append("\">");
        return html.ToString();
    }
}
