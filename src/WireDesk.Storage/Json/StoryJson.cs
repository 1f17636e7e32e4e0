using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Json;

/// <summary>
/// The canonical story as stored in story_json. DateTimeOffsets keep the offset the agency sent ("+05:30");
/// enums are written by name so that reordering an enum never changes stored meaning.
/// </summary>
internal static class StoryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Stored, never embedded in a page: keep non-Latin copy readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedProperties } },
    };

    public static string Serialize(Story story) => JsonSerializer.Serialize(story, Options);

    public static Story Deserialize(string json) =>
        JsonSerializer.Deserialize<Story>(json, Options)
        ?? throw new InvalidDataException("story_json holds null instead of a story");

    // StoryBody.PlainText, Embargo.IsOpenEnded and the like are derived: storing them would only bloat the row.
    private static void LeaveOutComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null) info.Properties.RemoveAt(i);
        }
    }
}
