using System.Text.Json;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>One file of the feedparser corpus with its structured checks (null: needs reading by hand).</summary>
internal sealed record FeedparserCase(string File, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<FeedparserCheck>? Checks)
{
    public static IReadOnlyList<FeedparserCase> Load(string manifestPath)
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllBytes(manifestPath));
        var cases = new List<FeedparserCase>();
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in entry.GetProperty("headers").EnumerateObject()) headers[header.Name] = header.Value.GetString() ?? "";
            var checks = entry.GetProperty("checks") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(FeedparserCheck.From).ToList()
                : null;
            cases.Add(new FeedparserCase(entry.GetProperty("file").GetString()!, headers, checks));
        }

        return cases;
    }
}
