using System.Globalization;
using System.Xml;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Seo;

/// <summary>sitemaps.org index and URL sets, and Google News sitemaps (news:news with publication, date and title).</summary>
public sealed class SitemapWriter(SiteOptions site, SiteClock clock)
{
    public const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public byte[] Index(IEnumerable<(string Url, DateTimeOffset? LastModified)> sitemaps) => Xml.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var (url, lastModified) in sitemaps)
        {
            xml.WriteStartElement("sitemap", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, url);
            if (lastModified is { } at) xml.WriteElementString("lastmod", SitemapNs, clock.Iso(at));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    public byte[] News(string origin, IEnumerable<StoredStory> stories) => Xml.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "news", null, NewsNs);
        foreach (var story in stories)
        {
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, origin + story.Path);
            xml.WriteStartElement("news", NewsNs);
            xml.WriteStartElement("publication", NewsNs);
            xml.WriteElementString("name", NewsNs, site.Name);
            xml.WriteElementString("language", NewsNs, NewsLanguage(story.Current.Language ?? site.Language));
            xml.WriteEndElement();
            xml.WriteElementString("publication_date", NewsNs, clock.Iso(story.PublishedAt!.Value));
            xml.WriteElementString("title", NewsNs, story.DisplayHeadline);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    public byte[] Archive(string origin, IEnumerable<StoredStory> stories) => Xml.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        foreach (var story in stories)
        {
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, origin + story.Path);
            if ((story.ModifiedAt ?? story.PublishedAt) is { } at) xml.WriteElementString("lastmod", SitemapNs, clock.Iso(at));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>Google News wants ISO 639 codes, with zh-cn and zh-tw the only regional ones.</summary>
    private static string NewsLanguage(string language)
    {
        var lower = language.ToLowerInvariant();
        if (lower is "zh-cn" or "zh-tw") return lower;
        var dash = lower.IndexOf('-');
        return dash > 0 ? lower[..dash] : lower;
    }

    public static string Month(DateTimeOffset monthStart) => monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
