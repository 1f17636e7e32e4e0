using System.Security.Claims;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Pages;

/// <summary>A short page saying why an action could not be done, with the way back.</summary>
public sealed class MessagePage(DeskLayout layout)
{
    public string Render(string title, string message, string back, ClaimsPrincipal user, DeskForm form) =>
        layout.Render(title, "", user, form,
            $"<section class=\"notice\"><h1>{Html.Encode(title)}</h1><p class=\"error\" role=\"alert\">{Html.Encode(message)}</p><p><a href=\"{Html.Attr(back)}\">Back</a></p></section>");
}
