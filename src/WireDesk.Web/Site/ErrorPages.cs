using WireDesk.Web.Rendering;

namespace WireDesk.Web.Site;

/// <summary>404 and 410 pages: neutral, noindex, with a way back home.</summary>
public sealed class ErrorPages(SiteOptions site, Layout layout)
{
    public string NotFound() => layout.Render(new PageHead($"Page not found | {site.Name}") { NoIndex = true },
        "<section class=\"notice\"><h1>Page not found</h1><p>There is no story at this address, or it is not available now.</p>" +
        "<p><a href=\"/\">Go to the front page</a></p></section>");

    public string Gone() => layout.Render(new PageHead($"Story removed | {site.Name}") { NoIndex = true },
        "<section class=\"notice\"><h1>This story has been removed</h1><p>The story that was published at this address has been " +
        "withdrawn and is no longer available.</p><p><a href=\"/\">Go to the front page</a></p></section>");
}
