using System.Text;

namespace WireDesk.Web.Rendering;

/// <summary>The page frame every reader page shares: head, masthead with the sections, main, footer.</summary>
public sealed class Layout(SiteOptions site)
{
    public string Render(PageHead head, string main)
    {
        var html = new StringBuilder(main.Length + 2048);
        html.Append("<!doctype html>\n<html lang=\"").Append(Html.Attr(head.Language ?? site.Language)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(head.Title)).Append("</title>\n");
        if (head.Description is { } description)
            html.Append("<meta name=\"description\" content=\"").Append(Html.Attr(description)).Append("\">\n");
        if (head.Canonical is { } canonical)
            html.Append("<link rel=\"canonical\" href=\"").Append(Html.Attr(canonical)).Append("\">\n");
        if (head.NoIndex) html.Append("<meta name=\"robots\" content=\"noindex\">\n");
        html.Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
            .Append("<style>:root{--accent:").Append(Html.Attr(site.AccentColor)).Append(";--ink:").Append(Html.Attr(site.InkColor)).Append("}</style>\n")
            .Append(head.Extra)
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"masthead\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">");
        if (site.LogoUrl is { } logo)
            html.Append("<img src=\"").Append(Html.Attr(logo)).Append("\" alt=\"").Append(Html.Attr(site.Name)).Append("\" height=\"32\">");
        else
            html.Append(Html.Encode(site.Name));
        html.Append("</a><p class=\"tagline\">").Append(Html.Encode(site.Tagline)).Append("</p></div>\n")
            .Append("<nav aria-label=\"Sections\"><ul class=\"wrap\">");
        foreach (var section in site.Sections)
            html.Append("<li><a href=\"/section/").Append(Html.Attr(Uri.EscapeDataString(section.ToLowerInvariant()))).Append("\">")
                .Append(Html.Encode(section)).Append("</a></li>");
        html.Append("</ul></nav></header>\n<main id=\"main\" class=\"wrap\">\n").Append(main)
            .Append("\n</main>\n<footer class=\"site-footer\"><div class=\"wrap\"><p>&copy; ").Append(Html.Encode(site.Name))
            .Append(". Agency copy is published as received and credited to its agency.</p></div></footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
