using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Caching;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Api;

/// <summary>
/// GET /api/v1/stories (cursor paging, newest first, with filters) and GET /api/v1/stories/{id}, both in ninjs,
/// through the "visible now" rule: a withheld story is 404, a killed one 410.
/// </summary>
public sealed class StoryApi(IStoryStore store, ISourceCatalog sources, SiteOptions site, TimeProvider time, SiteUrls urls, NinjsWriter ninjs)
{
    public const string JsonType = "application/json; charset=utf-8";
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly IReadOnlyList<string> Keys = ["api"];

    public async Task<IResult> ListAsync(HttpContext http, StoryFilter filter, CancellationToken cancellationToken)
    {
        if (!ApiCursor.TryParse(filter.Cursor, out var after)) return Problem(StatusCodes.Status400BadRequest, "the cursor is not one this API gave out");
        if (!TryInstant(filter.Since, out var since)) return Problem(StatusCodes.Status400BadRequest, "since must be an ISO 8601 date-time with an offset");
        if (!TryInstant(filter.UpdatedSince, out var updatedSince)) return Problem(StatusCodes.Status400BadRequest, "updated-since must be an ISO 8601 date-time with an offset");
        var limit = Math.Clamp(filter.Limit ?? site.Api.PageSize, 1, site.Api.MaxPageSize);
        var query = new StoryQuery
        {
            VisibleAt = time.GetUtcNow(),
            Section = site.Sections.FirstOrDefault(s => string.Equals(s, filter.Section, StringComparison.OrdinalIgnoreCase)) ?? filter.Section,
            Agency = filter.Agency,
            Place = filter.Place,
            Since = since,
            UpdatedSince = updatedSince,
            After = after,
            Limit = limit + 1,
        };
        var stories = await store.ListAsync(query, cancellationToken);
        var page = stories.Take(limit).ToList();
        var version = filter.Ninjs == 3 ? NinjsVersion.V3 : NinjsVersion.V2;
        var origin = urls.Origin(http);
        var next = stories.Count > limit ? ApiCursor.Format(page[^1]) : null;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var story in page) ninjs.Write(json, story, sources.PolicyFor(story.Source), origin, version);
            json.WriteEndArray();
            if (next is null)
            {
                json.WriteNull("nextCursor");
                json.WriteNull("next");
            }
            else
            {
                json.WriteString("nextCursor", next);
                json.WriteString("next", NextUrl(http, next));
            }
            json.WriteEndObject();
        }
        return new Rendered(StatusCodes.Status200OK, JsonType, buffer.ToArray())
        {
            LastModified = page.Select(s => s.ModifiedAt ?? s.PublishedAt).DefaultIfEmpty(null).Max(),
            SurrogateKeys = Keys,
        };
    }

    public async Task<IResult> GetAsync(HttpContext http, long id, int? ninjsVersion, CancellationToken cancellationToken)
    {
        var story = await store.GetAsync(id, cancellationToken);
        switch (Visibility.OutcomeFor(story, time.GetUtcNow()))
        {
            case ReaderOutcome.Gone:
                return Problem(StatusCodes.Status410Gone, "killed", story!.Id, urls.Absolute(http, story.Path)) with { SurrogateKeys = [$"story-{id}", "api"], Cacheable = true };
            case ReaderOutcome.NotFound:
                return Problem(StatusCodes.Status404NotFound, "no visible story has this id");
        }
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            ninjs.Write(json, story!, sources.PolicyFor(story!.Source), urls.Origin(http), ninjsVersion == 3 ? NinjsVersion.V3 : NinjsVersion.V2);
        return new Rendered(StatusCodes.Status200OK, JsonType, buffer.ToArray())
        {
            LastModified = story.ModifiedAt ?? story.PublishedAt,
            SurrogateKeys = [$"story-{story.Id}", "api"],
        };
    }

    private static string NextUrl(HttpContext http, string cursor)
    {
        var query = http.Request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => (q.Key, v)))
            .Append(("cursor", cursor))
            .Select(q => $"{Uri.EscapeDataString(q.Item1)}={Uri.EscapeDataString(q.Item2 ?? "")}");
        return $"{http.Request.Path}?{string.Join('&', query)}";
    }

    private static bool TryInstant(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        value = parsed;
        return true;
    }

    /// <summary>A small JSON error body: {"status":410,"error":"killed","id":12,"uri":...}. Not kept by the server cache.</summary>
    private static Rendered Problem(int status, string error, long? id = null, string? uri = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("status", status);
            json.WriteString("error", error);
            if (id is { } storyId) json.WriteNumber("id", storyId);
            if (uri is not null) json.WriteString("uri", uri);
            json.WriteEndObject();
        }
        return new Rendered(status, JsonType, buffer.ToArray()) { Cacheable = false };
    }
}
