using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Seo;

/// <summary>Open Graph, Twitter card and the iOS smart banner (app-argument = the canonical URL) for an article.</summary>
public sealed class SocialTags(SiteOptions site, SiteClock clock)
{
    public string Render(StoredStory story, ArticleFacts facts)
    {
        var html = new StringBuilder(1024);
        Property(html, "og:type", "article");
        Property(html, "og:site_name", site.Name);
        Property(html, "og:title", story.DisplayHeadline);
        Property(html, "og:description", facts.Description);
        Property(html, "og:url", facts.CanonicalUrl);
        if (story.Current.Language is { Length: > 0 } lang) Property(html, "og:locale", lang.Replace('-', '_'));
        if (facts.ImageUrl is { } image)
        {
            Property(html, "og:image", image);
            if (facts.ImageAlt is { } alt) Property(html, "og:image:alt", alt);
        }
        if (story.PublishedAt is { } published) Property(html, "article:published_time", clock.Iso(published));
        if (story.ModifiedAt is { } modified) Property(html, "article:modified_time", clock.Iso(modified));
        if (story.Section is { } section) Property(html, "article:section", section);
        Name(html, "twitter:card", facts.ImageUrl is null ? "summary" : "summary_large_image");
        Name(html, "twitter:title", story.DisplayHeadline);
        Name(html, "twitter:description", facts.Description);
        if (site.TwitterHandle is { } handle) Name(html, "twitter:site", handle);
        if (facts.ImageUrl is { } twitterImage) Name(html, "twitter:image", twitterImage);
        html.Append(SmartBanner(facts.CanonicalUrl));
        return html.ToString();
    }

    /// <summary>The apple-itunes-app meta tag when an App Store id is configured.</summary>
    public string SmartBanner(string canonicalUrl) => site.App.AppleAppStoreId is { Length: > 0 } appId
        ? $"<meta name=\"apple-itunes-app\" content=\"app-id={Html.Attr(appId)}, app-argument={Html.Attr(canonicalUrl)}\">\n"
        : "";

    private static void Property(StringBuilder html, string property, string content) =>
        html.Append("<meta property=\"").Append(property).Append("\" content=\"").Append(Html.Attr(content)).Append("\">\n");

    private static void Name(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Html.Attr(content)).Append("\">\n");
}
