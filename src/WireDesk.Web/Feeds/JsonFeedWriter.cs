using System.Text.Encodings.Web;
using System.Text.Json;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public sealed class JsonFeedWriter(SiteOptions site, SiteClock clock)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public byte[] Write(FeedContent content)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", content.Scope.Title);
            json.WriteString("home_page_url", content.Origin + content.Scope.PagePath);
            json.WriteString("feed_url", content.SelfUrl);
            json.WriteString("description", site.Tagline);
            json.WriteString("language", site.Language);
            if (site.LogoUrl is { } logo) json.WriteString("icon", Seo.ArticleJsonLd.Absolute(content.Origin, logo));
            json.WriteStartArray("items");
            foreach (var entry in content.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("url", entry.Url);
                json.WriteString("title", entry.Title);
                if (entry.ContentHtml is { } html) json.WriteString("content_html", html);
                else json.WriteString("content_text", entry.Summary);
                json.WriteString("summary", entry.Summary);
                json.WriteString("date_published", clock.Iso(entry.Published));
                json.WriteString("date_modified", clock.Iso(entry.Updated));
                json.WriteStartArray("authors");
                json.WriteStartObject();
                json.WriteString("name", entry.Author);
                json.WriteEndObject();
                json.WriteEndArray();
                if (entry.Story.Section is { } section)
                {
                    json.WriteStartArray("tags");
                    json.WriteStringValue(section);
                    json.WriteEndArray();
                }
                if (entry.Story.Current.Language is { Length: > 0 } language) json.WriteString("language", language);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
