using System.Globalization;
using System.Text.Json;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Canonical;

/// <summary>
/// Writes the canonical story as JSON: the shape <c>wiredesk parse --json</c> prints and golden files hold.
/// Times are ISO 8601 with the offset the agency sent; absent values are null, never invented.
/// </summary>
public static class StoryJsonWriter
{
    public static void Write(Utf8JsonWriter json, Story story)
    {
        json.WriteStartObject();
        json.WriteString("source", story.Source);
        json.WriteString("format", story.Format);
        json.WriteString("encoding", story.Encoding);
        json.WriteString("agency", story.Agency);
        json.WriteString("guid", story.Guid);
        WriteNumber(json, "version", story.Version);
        json.WriteString("headline", story.Headline);
        json.WriteString("subHeadline", story.SubHeadline);
        json.WriteString("byline", story.Byline);
        json.WriteString("slugline", story.Slugline);
        WriteDateline(json, story.Dateline);
        WriteTime(json, "firstCreated", story.FirstCreated);
        WriteTime(json, "versionCreated", story.VersionCreated);
        json.WriteString("pubStatus", story.PubStatus.ToString().ToLowerInvariant());
        json.WriteBoolean("embargoed", story.Embargo is not null);
        WriteTime(json, "embargoedUntil", story.Embargo?.Until);
        WriteNumber(json, "urgency", story.Urgency);
        WriteNumber(json, "priority", story.Priority);
        json.WriteString("genre", story.Genre);
        json.WriteString("language", story.Language);
        json.WriteString("summary", story.Summary);
        json.WriteStartObject("body");
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in story.Body.Paragraphs) json.WriteStringValue(paragraph);
        json.WriteEndArray();
        json.WriteString("html", story.Body.Html);
        json.WriteEndObject();
        json.WriteString("edNote", story.EdNote);
        json.WriteStartArray("signals");
        foreach (var signal in Enum.GetValues<Signals>())
            if (signal != Signals.None && story.Signals.HasFlag(signal)) json.WriteStringValue(signal.ToString().ToLowerInvariant());
        json.WriteEndArray();
        json.WriteString("correctionNote", story.CorrectionNote);
        json.WriteStartArray("subjects");
        foreach (var s in story.Subjects)
        {
            json.WriteStartObject();
            json.WriteString("code", s.Code);
            json.WriteString("name", s.Name);
            json.WriteString("scheme", s.Scheme);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("keywords");
        foreach (var k in story.Keywords) json.WriteStringValue(k);
        json.WriteEndArray();
        json.WriteString("located", story.Located);
        json.WriteString("link", story.Link);
        json.WriteString("previousVersion", story.PreviousVersion);
        json.WriteString("creditline", story.Creditline);
        json.WriteStartArray("media");
        foreach (var m in story.Media)
        {
            json.WriteStartObject();
            json.WriteString("href", m.Href);
            json.WriteString("type", m.Type);
            WriteNumber(json, "length", m.Length);
            json.WriteString("title", m.Title);
            json.WriteString("rel", m.Rel);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("contentHash", story.ContentHash);
        json.WriteStartArray("warnings");
        foreach (var w in story.Warnings) json.WriteStringValue(w);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDateline(Utf8JsonWriter json, Dateline? dateline)
    {
        if (dateline is null)
        {
            json.WriteNull("dateline");
            return;
        }
        json.WriteStartObject("dateline");
        json.WriteString("text", dateline.Text);
        json.WriteString("place", dateline.Place);
        json.WriteString("region", dateline.Region);
        json.WriteString("country", dateline.Country);
        WriteNumber(json, "month", dateline.Month);
        WriteNumber(json, "day", dateline.Day);
        json.WriteString("agency", dateline.Agency);
        json.WriteEndObject();
    }

    public static string FormatTime(DateTimeOffset value) =>
        value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } v) json.WriteString(name, FormatTime(v));
        else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
