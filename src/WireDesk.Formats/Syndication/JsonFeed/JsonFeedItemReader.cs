using System.Text.Json;

namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>Reads one JSON Feed item object; a property of the wrong JSON type is a warning, never an exception.</summary>
internal static class JsonFeedItemReader
{
    public static JsonFeedItem Read(JsonElement item)
    {
        var result = new JsonFeedItem();
        var warnings = result.Warnings;
        result.Id = Scalar(item, "id", warnings);
        result.Url = String(item, "url", warnings);
        result.ExternalUrl = String(item, "external_url", warnings);
        result.Title = String(item, "title", warnings);
        result.ContentHtml = String(item, "content_html", warnings);
        result.ContentText = String(item, "content_text", warnings);
        result.Summary = String(item, "summary", warnings);
        result.Image = String(item, "image", warnings);
        result.BannerImage = String(item, "banner_image", warnings);
        result.DatePublished = String(item, "date_published", warnings);
        result.DateModified = String(item, "date_modified", warnings);
        result.Language = String(item, "language", warnings);

        if (item.TryGetProperty("authors", out var authors)) result.Authors.AddRange(Authors(authors, warnings));
        else if (item.TryGetProperty("author", out var author)) result.Authors.AddRange(Authors(author, warnings));

        if (item.TryGetProperty("tags", out var tags))
        {
            if (tags.ValueKind == JsonValueKind.Array)
            {
                foreach (var tag in tags.EnumerateArray())
                    if (tag.ValueKind == JsonValueKind.String && tag.GetString() is { } value) result.Tags.Add(value);
            }
            else warnings.Add("tags: expected an array of strings");
        }

        if (item.TryGetProperty("attachments", out var attachments))
        {
            if (attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in attachments.EnumerateArray())
                    if (Attachment(attachment, warnings) is { } read) result.Attachments.Add(read);
            }
            else warnings.Add("attachments: expected an array");
        }

        return result;
    }

    /// <summary>A 1.1 <c>authors</c> array or a 1.0 <c>author</c> object.</summary>
    public static IEnumerable<JsonFeedAuthor> Authors(JsonElement value, List<string> warnings)
    {
        var list = new List<JsonFeedAuthor>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in value.EnumerateArray())
                if (author.ValueKind == JsonValueKind.Object) list.Add(new JsonFeedAuthor(String(author, "name", warnings), String(author, "url", warnings)));
        }
        else if (value.ValueKind == JsonValueKind.Object) list.Add(new JsonFeedAuthor(String(value, "name", warnings), String(value, "url", warnings)));
        else warnings.Add("authors: expected an object or an array of objects");

        return list;
    }

    private static JsonFeedAttachment? Attachment(JsonElement attachment, List<string> warnings)
    {
        if (attachment.ValueKind != JsonValueKind.Object || String(attachment, "url", warnings) is not { } url) return null;
        long? size = attachment.TryGetProperty("size_in_bytes", out var bytes) && bytes.ValueKind == JsonValueKind.Number
            && bytes.TryGetInt64(out var value) && value >= 0 ? value : null;
        return new JsonFeedAttachment(url, String(attachment, "mime_type", warnings), String(attachment, "title", warnings), size);
    }

    private static string? String(JsonElement owner, string name, List<string> warnings)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        warnings.Add($"{name}: expected a string, found {value.ValueKind}");
        return null;
    }

    /// <summary>The spec says a string, but some publishers send a number for <c>id</c>; its text is just as stable.</summary>
    private static string? Scalar(JsonElement owner, string name, List<string> warnings) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : String(owner, name, warnings);
}
