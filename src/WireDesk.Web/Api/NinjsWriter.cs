using System.Text.Json;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Api;

/// <summary>
/// A visible story as IPTC ninjs: 2.2 (lower-case property names) or 3.1 (camelCase). Only properties of the schema
/// are written (both schemas refuse others). The uri is the story's canonical URL, stable across updates; the
/// agency's guid travels as an altid. edNote is never written: it is for editors only.
/// </summary>
public sealed class NinjsWriter(SiteOptions site, SiteClock clock)
{
    public void Write(Utf8JsonWriter json, StoredStory story, SourcePolicy policy, string origin, NinjsVersion version)
    {
        var v3 = version == NinjsVersion.V3;
        string N(string v2Name, string v3Name) => v3 ? v3Name : v2Name;
        var s = story.Current;

        json.WriteStartObject();
        json.WriteString("uri", origin + story.Path);
        json.WriteStartObject("standard");
        json.WriteString("name", "ninjs");
        json.WriteString("version", v3 ? "3.1" : "2.2");
        json.WriteString("schema", v3 ? "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json" : "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json");
        json.WriteEndObject();
        json.WriteString("type", "text");
        json.WriteString(N("representationtype", "representationType"), "full");
        if (s.Version is { } agencyVersion) json.WriteString("version", agencyVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if ((s.FirstCreated ?? story.PublishedAt) is { } first) json.WriteString(N("firstcreated", "firstCreated"), clock.Iso(first));
        if ((story.ModifiedAt ?? story.PublishedAt) is { } modified) json.WriteString(N("versioncreated", "versionCreated"), clock.Iso(modified));
        json.WriteString(N("pubstatus", "pubStatus"), "usable");
        if (s.Urgency is { } urgency) json.WriteNumber("urgency", urgency);
        if (s.Language is { Length: > 0 } language) json.WriteString("language", language);
        var attribution = policy.Attribution ?? s.Agency ?? story.Source;
        json.WriteString(N("copyrightholder", "copyrightHolder"), attribution);

        json.WriteStartArray("headlines");
        Text(json, v3, "main", null, story.DisplayHeadline);
        if (s.SubHeadline is { Length: > 0 } sub) Text(json, v3, "sub", null, sub);
        json.WriteEndArray();
        json.WriteStartArray("descriptions");
        Text(json, v3, "summary", "text/plain", Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), site.TeaserLength * 2));
        json.WriteEndArray();
        json.WriteStartArray("bodies");
        json.WriteStartObject();
        json.WriteString("role", "main");
        json.WriteString(N("contenttype", "contentType"), "text/html");
        json.WriteNumber(N("charcount", "charCount"), s.Body.Paragraphs.Sum(p => p.Length));
        json.WriteNumber(N("wordcount", "wordCount"), s.Body.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
        json.WriteString("value", s.Body.Html);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteString("by", s.Byline is { Length: > 0 } byline ? byline : attribution);
        if (s.Slugline is { Length: > 0 } slugline) json.WriteString("slugline", slugline);
        if (s.Dateline?.Text is { Length: > 0 } dateline) json.WriteString("located", dateline.TrimEnd(':', ' ', '-', '\u2014'));
        if (s.Dateline?.Place is { } place)
        {
            json.WriteStartArray("places");
            json.WriteStartObject();
            json.WriteString("name", place);
            json.WriteString("rel", "dateline");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (s.Subjects.Count > 0 || story.Section is not null)
        {
            json.WriteStartArray("subjects");
            if (story.Section is { } section)
            {
                json.WriteStartObject();
                json.WriteString("name", section);
                json.WriteString("rel", "section");
                json.WriteEndObject();
            }
            foreach (var subject in s.Subjects)
            {
                json.WriteStartObject();
                if ((subject.Name ?? subject.Code) is { } name) json.WriteString("name", name);
                if (subject.Code is { } code) json.WriteString("literal", code);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartArray(N("infosources", "infoSources"));
        json.WriteStartObject();
        json.WriteString("name", attribution);
        json.WriteString("role", "originfo");
        json.WriteEndObject();
        json.WriteEndArray();
        if (s.Genre is { Length: > 0 } genre)
        {
            json.WriteStartArray("genres");
            json.WriteStartObject();
            json.WriteString("name", genre);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartArray(N("altids", "altIds"));
        json.WriteStartObject();
        json.WriteString("role", "agency-guid");
        json.WriteString("value", s.Guid);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("role", "wiredesk-id");
        json.WriteString("value", story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndArray();
        var pictures = s.Media.Where(m => m.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true).ToList();
        if (pictures.Count > 0)
        {
            json.WriteStartArray("renditions");
            foreach (var picture in pictures)
            {
                json.WriteStartObject();
                json.WriteString("name", picture.Rel ?? "picture");
                json.WriteString("href", picture.Href);
                json.WriteString(N("contenttype", "contentType"), picture.Type);
                if (picture.Title is { } title) json.WriteString("title", title);
                if (picture.Length is { } length) json.WriteNumber(N("sizeinbytes", "sizeInBytes"), length);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, bool v3, string role, string? contentType, string value)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        if (contentType is not null) json.WriteString(v3 ? "contentType" : "contenttype", contentType);
        json.WriteString("value", value);
        json.WriteEndObject();
    }
}
