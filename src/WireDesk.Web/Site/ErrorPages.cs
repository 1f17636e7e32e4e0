using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>404 and 410 pages: neutral, noindex, with a way back to the news.</summary>
public sealed class ErrorPages(SiteOptions site, Layout layout)
{
    public string NotFound() => layout.Render(new PageHead($"Page not found | {site.Name}") { NoIndex = true },
        "<section class=\"notice\" aria-labelledby=\"notice-title\"><p class=\"notice-code\">404</p><h1 id=\"notice-title\">Page not found</h1>" +
        "<p>There is no story at this address, or it is not available now.</p>" + WayBack() + "</section>");

    public string Gone() => layout.Render(new PageHead($"Story removed | {site.Name}") { NoIndex = true },
        "<section class=\"notice gone\" aria-labelledby=\"notice-title\"><p class=\"notice-code\">410</p><h1 id=\"notice-title\">This story has been removed</h1>" +
        "<p>The story that was published at this address has been withdrawn and is no longer available.</p>" + WayBack() + "</section>");

    private string WayBack() =>
        "<p><a class=\"button\" href=\"/\">Go to the front page</a></p><nav aria-label=\"Sections\"><ul class=\"inline\">" +
        string.Concat(site.Sections.Select(s => $"<li><a href=\"{Html.Attr(SiteUrls.Section(s))}\">{Html.Encode(s)}</a></li>")) + "</ul></nav>";
}
