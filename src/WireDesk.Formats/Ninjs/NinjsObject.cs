using System.Globalization;
using System.Text.Json;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// A JSON object read with case-insensitive property names, because ninjs 2.x spells "versioncreated" what 3.x
/// spells "versionCreated". The first of duplicate names wins (Business Wire's samples repeat keys).
/// </summary>
public sealed class NinjsObject
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = [];

    private NinjsObject(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
            properties.TryAdd(property.Name, property.Value);
        }
    }

    /// <summary>The property names as written, in document order.</summary>
    public IReadOnlyList<string> Names => names;

    public static NinjsObject? From(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? new NinjsObject(element) : null;

    public bool Has(string name) => properties.ContainsKey(name);

    public JsonElement? Get(string name) => properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>A string value, or a number's text; blank strings are null.</summary>
    public string? String(string name) => AsString(Get(name));

    /// <summary>An integer given as a number or as a string of digits.</summary>
    public int? Int(string name) => Get(name) is { } value ? AsInt(value) : null;

    public long? Long(string name) =>
        Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n
        : long.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    public NinjsObject? Object(string name) => Get(name) is { } value ? From(value) : null;

    /// <summary>The objects of an array property; other array members are skipped.</summary>
    public IEnumerable<NinjsObject> Objects(string name)
    {
        if (Get(name) is not { ValueKind: JsonValueKind.Array } array) yield break;
        foreach (var item in array.EnumerateArray())
            if (From(item) is { } obj) yield return obj;
    }

    /// <summary>The strings of an array property (or a single string).</summary>
    public IEnumerable<string> Strings(string name)
    {
        switch (Get(name))
        {
            case { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                    if (AsString(item) is { } text) yield return text;
                break;
            case { } single when AsString(single) is { } text:
                yield return text;
                break;
        }
    }

    /// <summary>
    /// Named objects, whether given as a ninjs 1.x object map (<c>{"thumbnail": {...}}</c>, duplicate keys kept) or
    /// as a 2.x/3.x array whose members carry a "name".
    /// </summary>
    public IEnumerable<(string? Name, NinjsObject Value)> Named(string name)
    {
        switch (Get(name))
        {
            case { ValueKind: JsonValueKind.Object } map:
                foreach (var property in map.EnumerateObject())
                    if (From(property.Value) is { } obj) yield return (property.Name, obj);
                break;
            case { ValueKind: JsonValueKind.Array }:
                foreach (var obj in Objects(name))
                    yield return (obj.String("name"), obj);
                break;
        }
    }

    private static string? AsString(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s when s.GetString() is { } text && !string.IsNullOrWhiteSpace(text) => text,
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    private static int? AsInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
