using System.Text;
using System.Text.Json;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// Content sniff for ninjs: a JSON object (or an array of objects) whose first item names ninjs (a "$schema" or
/// "standard" mentioning ninjs) or has a "uri" together with a ninjs field (headline(s), bodies, body_*,
/// descriptions, byline/by, versioncreated, pubstatus, renditions, associations). JSON Feed and other JSON lack
/// "uri" and are not claimed. Reads at most the first 16 KB.
/// </summary>
public static class NinjsSniffer
{
    private const int SniffChars = 16 * 1024;

    private static readonly HashSet<string> NinjsFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "headline", "headlines", "bodies", "descriptions", "byline", "by", "versioncreated", "firstcreated",
        "pubstatus", "renditions", "associations", "embargoed", "embargoeduntil",
    };

    public static bool Looks(DecodedDocument document) => Looks(document.Text);

    public static bool Looks(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('{' or '[')) return false;
        var head = start.Length > SniffChars ? start[..SniffChars] : start;
        try
        {
            return FirstItemLooksLikeNinjs(Encoding.UTF8.GetBytes(head.ToArray()));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool FirstItemLooksLikeNinjs(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        }));
        var itemDepth = -1;
        var hasUri = false;
        var hasField = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when itemDepth < 0:
                    itemDepth = reader.CurrentDepth;
                    break;
                case JsonTokenType.StartArray when itemDepth < 0 && reader.CurrentDepth > 0:
                    return false;
                case JsonTokenType.EndObject when reader.CurrentDepth == itemDepth:
                    return hasUri && hasField;
                case JsonTokenType.PropertyName when reader.CurrentDepth == itemDepth + 1:
                    var name = reader.GetString() ?? "";
                    hasUri |= name == "uri";
                    hasField |= NinjsFields.Contains(name) || name.StartsWith("body_", StringComparison.Ordinal);
                    break;
                case JsonTokenType.String when itemDepth >= 0 && NamesNinjs(reader.GetString()):
                    return true;
            }

            if (hasUri && hasField) return true;
        }

        return hasUri && hasField;
    }

    private static bool NamesNinjs(string? value) =>
        value is not null && (value == "ninjs" || value.Contains("/std/ninjs/", StringComparison.OrdinalIgnoreCase));
}
