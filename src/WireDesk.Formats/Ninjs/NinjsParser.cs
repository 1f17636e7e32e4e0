using System.Text.Json;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// IPTC ninjs 1.x, 2.x and 3.x (News in JSON). A document holds one item (a JSON object) or several (an array of
/// objects); each becomes a story, and an item that cannot be read becomes a ParseError naming its index.
/// </summary>
public sealed class NinjsParser : IStoryParser
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string Format => NinjsMapper.FormatName;

    /// <inheritdoc cref="NinjsSniffer"/>
    public static bool CanRead(DecodedDocument document) => NinjsSniffer.Looks(document);

    /// <inheritdoc cref="NinjsSniffer"/>
    public static bool CanRead(string text) => NinjsSniffer.Looks(text);

    public ParseResult Parse(DecodedDocument document, ParseContext context)
    {
        var name = document.Source.Name;
        if (document.Source.Bytes.LongLength > context.MaxDocumentBytes)
            return ParseResult.Failed(name, $"document is larger than {context.MaxDocumentBytes} bytes");

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document.Text, JsonOptions);
        }
        catch (JsonException e)
        {
            return ParseResult.Failed(name, $"not valid JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => ParseItems([root], name, document, context),
                JsonValueKind.Array => ParseItems(root.EnumerateArray().ToList(), name, document, context),
                _ => ParseResult.Failed(name, $"a ninjs document is a JSON object or array, not {root.ValueKind}"),
            };
        }
    }

    private static ParseResult ParseItems(IReadOnlyList<JsonElement> items, string name, DecodedDocument document, ParseContext context)
    {
        var stories = new List<Story>();
        var errors = new List<ParseError>();
        for (var i = 0; i < items.Count; i++)
        {
            var where = items.Count == 1 ? name : $"{name} item {i + 1}";
            var (story, error) = ParseItem(items[i], document, context);
            if (story is not null) stories.Add(story);
            else errors.Add(new ParseError(where, error ?? "unreadable item"));
        }

        return new ParseResult(stories, errors);
    }

    private static (Story? Story, string? Error) ParseItem(JsonElement element, DecodedDocument document, ParseContext context)
    {
        if (NinjsObject.From(element) is not { } item) return (null, $"an item is a JSON object, not {element.ValueKind}");
        try
        {
            return NinjsMapper.Map(NinjsReader.Read(item), document, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Safety net for the promise that bad input never throws out of a parser: the item is quarantined with why.
            return (null, $"cannot read this item ({e.GetType().Name}: {e.Message})");
        }
    }
}
