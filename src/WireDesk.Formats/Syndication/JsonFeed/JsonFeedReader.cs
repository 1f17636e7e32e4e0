using System.Text;
using System.Text.Json;

namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>
/// Reads a JSON Feed with <see cref="Utf8JsonReader"/>, one item at a time: each item is parsed and mapped on its
/// own, so malformed JSON in item n still yields items 1..n-1, an error for item n, and a "bozo" note.
/// </summary>
internal static class JsonFeedReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonFeedDocument Read(string text, List<string> recoveries)
    {
        var feed = new JsonFeedDocument();
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, Options);
        var itemIndex = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("a JSON Feed is a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "items" && reader.TokenType == JsonTokenType.StartArray) ReadItems(ref reader, feed, ref itemIndex);
                else ReadHeadProperty(ref reader, name, feed);
            }
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var where = $"line {line}";
            recoveries.Add($"bozo: not well-formed JSON ({where}): {ex.Message}");
            var position = $"line {line}, byte {(ex.BytePositionInLine ?? 0) + 1}";
            var truncated = EndsAt(bytes, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            if (itemIndex > 0 && truncated)
                feed.Items.Add(new EntryOrError<JsonFeedItem>(null, new ParseError($"entry {itemIndex} ({position})", $"the feed is cut off: the document ends inside this item ({ex.Message})")));
            else if (itemIndex > 0)
                feed.Items.Add(new EntryOrError<JsonFeedItem>(null, new ParseError($"entry {itemIndex} ({where})", ex.Message)));
            else if (truncated)
                feed.Errors.Add(new ParseError(position, $"the feed is cut off: the document ends inside its JSON ({ex.Message})"));
            else if (!feed.Items.Any(i => i.Entry is not null))
                feed.Errors.Add(new ParseError(position, $"not well-formed JSON: {ex.Message}"));
        }

        return feed;
    }

    /// <summary>Whether nothing but whitespace follows the break (0-based line and byte in line, as the reader
    /// reports them): the JSON ran out before its values closed.</summary>
    private static bool EndsAt(byte[] bytes, long line, long byteInLine)
    {
        var at = 0;
        for (var current = 0L; current < line && at < bytes.Length; at++)
            if (bytes[at] == (byte)'\n') current++;
        for (at = (int)Math.Min(bytes.Length, at + byteInLine); at < bytes.Length; at++)
            if (bytes[at] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

    private static void ReadItems(ref Utf8JsonReader reader, JsonFeedDocument feed, ref int itemIndex)
    {
        while (true)
        {
            // Counted before reading, so a break inside the next item is reported against it.
            itemIndex++;
            if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray) break;
            using var item = JsonDocument.ParseValue(ref reader);
            if (item.RootElement.ValueKind != JsonValueKind.Object)
            {
                feed.Items.Add(new EntryOrError<JsonFeedItem>(null, new ParseError($"entry {itemIndex}", $"an item is a JSON object, not {item.RootElement.ValueKind}")));
                continue;
            }

            feed.Items.Add(new EntryOrError<JsonFeedItem>(JsonFeedItemReader.Read(item.RootElement), null));
        }

        itemIndex = 0;
    }

    private static void ReadHeadProperty(ref Utf8JsonReader reader, string? name, JsonFeedDocument feed)
    {
        switch (name)
        {
            case "version":
                var version = StringValue(ref reader);
                feed.Version = version switch
                {
                    "https://jsonfeed.org/version/1" or "http://jsonfeed.org/version/1" => "json1",
                    "https://jsonfeed.org/version/1.1" => "json11",
                    _ => "json",
                };
                break;
            case "title":
                feed.Title = StringValue(ref reader);
                break;
            case "home_page_url":
                feed.HomePageUrl = StringValue(ref reader);
                break;
            case "feed_url":
                feed.FeedUrl = StringValue(ref reader);
                break;
            case "language":
                feed.Language = StringValue(ref reader);
                break;
            case "author" or "authors":
                using (var authors = JsonDocument.ParseValue(ref reader))
                    feed.Authors.AddRange(JsonFeedItemReader.Authors(authors.RootElement, feed.Warnings));
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static string? StringValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        reader.Skip();
        return null;
    }
}
