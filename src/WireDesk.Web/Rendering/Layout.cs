using System.Globalization;
using System.Text;

namespace WireDesk.Web.Rendering;

/// <summary>
/// The page frame every reader page shares: head, masthead with today's date and the sections, main, footer with
/// the feeds. Landmarks: banner, navigation, main, contentinfo; a skip link first.
/// </summary>
public sealed class Layout(SiteOptions site, SiteClock clock, TimeProvider time)
{
    public string Render(PageHead head, string main)
    {
        var html = new StringBuilder(main.Length + 4096);
        html.Append("<!doctype html>\n<html lang=\"").Append(Html.Attr(head.Language ?? site.Language)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(head.Title)).Append("</title>\n");
        if (head.Description is { } description)
            html.Append("<meta name=\"description\" content=\"").Append(Html.Attr(description)).Append("\">\n");
        if (head.Canonical is { } canonical)
            html.Append("<link rel=\"canonical\" href=\"").Append(Html.Attr(canonical)).Append("\">\n");
        html.Append(head.NoIndex ? "<meta name=\"robots\" content=\"noindex\">\n" : "<meta name=\"robots\" content=\"max-image-preview:large\">\n");
        var (feedTitle, feedPath) = head.Feed ?? ($"{site.Name}: latest", "/feed.xml");
        html.Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(Html.Attr(feedTitle)).Append("\" href=\"")
            .Append(Html.Attr(feedPath)).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css?v=").Append(Assets.SiteCssVersion).Append("\">\n")
            .Append("<style>:root{--accent:").Append(Html.Attr(site.AccentColor)).Append(";--ink:").Append(Html.Attr(site.InkColor)).Append("}</style>\n")
            .Append(head.Extra)
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"masthead\"><div class=\"wrap brandbar\"><a class=\"brand\" href=\"/\">");
        if (site.LogoUrl is { } logo)
            html.Append("<img src=\"").Append(Html.Attr(logo)).Append("\" alt=\"").Append(Html.Attr(site.Name)).Append("\" height=\"40\">");
        else
            html.Append(Html.Encode(site.Name));
        var today = clock.Local(time.GetUtcNow());
        html.Append("</a><p class=\"tagline\">").Append(Html.Encode(site.Tagline)).Append("</p><p class=\"today\">")
            .Append(today.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("</p></div>\n")
            .Append("<nav class=\"sections\" aria-label=\"Sections\"><ul class=\"wrap\"><li><a href=\"/\">Home</a></li>");
        foreach (var section in site.Sections)
            html.Append("<li><a href=\"").Append(Html.Attr(SiteUrls.Section(section))).Append("\">").Append(Html.Encode(section)).Append("</a></li>");
        html.Append("</ul></nav></header>\n<main id=\"main\" class=\"wrap\">\n").Append(main)
            .Append("\n</main>\n<footer class=\"site-footer\"><div class=\"wrap\">")
            .Append("<nav aria-label=\"Site\"><ul><li><a href=\"/feed.xml\">RSS</a></li><li><a href=\"/atom.xml\">Atom</a></li>")
            .Append("<li><a href=\"/feed.json\">JSON Feed</a></li><li><a href=\"/sitemap.xml\">Sitemap</a></li></ul></nav>")
            .Append("<p>&copy; ").Append(today.Year).Append(' ').Append(Html.Encode(site.Name))
            .Append(". Agency copy is published as received and credited to its agency.</p></div></footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
