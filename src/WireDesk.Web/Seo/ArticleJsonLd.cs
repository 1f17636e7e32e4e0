using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WireDesk.Core.Publishing;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Seo;

/// <summary>
/// schema.org NewsArticle for the article page (PRODUCT.md §7): headline, datePublished, dateModified, author (the
/// named reporter, else the agency as an Organization), dateline, publisher and mainEntityOfPage.
/// </summary>
public sealed class ArticleJsonLd(SiteOptions site, SiteClock clock)
{
    // The default encoder escapes <, > and &, so the JSON cannot close its <script> element.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default };

    public string Script(StoredStory story, ArticleFacts facts)
    {
        var s = story.Current;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", story.DisplayHeadline);
            json.WriteString("url", facts.CanonicalUrl);
            json.WriteStartObject("mainEntityOfPage");
            json.WriteString("@type", "WebPage");
            json.WriteString("@id", facts.CanonicalUrl);
            json.WriteEndObject();
            if (story.PublishedAt is { } published) json.WriteString("datePublished", clock.Iso(published));
            if ((story.ModifiedAt ?? story.PublishedAt) is { } modified) json.WriteString("dateModified", clock.Iso(modified));
            json.WriteStartArray("author");
            if (facts.Reporter is { } reporter)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("name", reporter);
                json.WriteEndObject();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("@type", "Organization");
                json.WriteString("name", facts.Attribution);
                json.WriteString("url", facts.AgencyUrl);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (facts.Reporter is not null)
            {
                json.WriteStartObject("sourceOrganization");
                json.WriteString("@type", "Organization");
                json.WriteString("name", facts.Attribution);
                json.WriteEndObject();
            }
            if (s.Dateline?.Text is { Length: > 0 } dateline) json.WriteString("dateline", dateline.TrimEnd(':', ' ', '-', '\u2014'));
            if (s.Dateline?.Place is { } place)
            {
                json.WriteStartObject("contentLocation");
                json.WriteString("@type", "Place");
                json.WriteString("name", place);
                json.WriteEndObject();
            }
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Name);
            json.WriteString("url", facts.Origin + "/");
            if (site.LogoUrl is { } logo)
            {
                json.WriteStartObject("logo");
                json.WriteString("@type", "ImageObject");
                json.WriteString("url", Absolute(facts.Origin, logo));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteString("description", facts.Description);
            if (s.Language is { Length: > 0 } language) json.WriteString("inLanguage", language);
            if (story.Section is { } section) json.WriteString("articleSection", section);
            if (facts.ImageUrl is { } image) json.WriteString("image", image);
            if (s.Keywords.Count > 0) json.WriteString("keywords", string.Join(", ", s.Keywords));
            json.WriteNumber("wordCount", s.Body.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
            json.WriteBoolean("isAccessibleForFree", true);
            json.WriteEndObject();
        }
        return "<script type=\"application/ld+json\">" + Encoding.UTF8.GetString(buffer.ToArray()) + "</script>\n";
    }

    // Not Uri.TryCreate: on Unix it takes "/logo.png" for an absolute file: URI.
    public static string Absolute(string origin, string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? url
            : origin + (url.StartsWith('/') ? url : "/" + url);
}
