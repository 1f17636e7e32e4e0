using System.Text.Json;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>A structured check: <c>bozo</c> (value true/false), or <c>eq</c>/<c>ne</c> of the value at a path.</summary>
internal sealed record FeedparserCheck(string Op, IReadOnlyList<object> Path, JsonElement Value)
{
    /// <summary>The path with list indexes as '#': the key the projection and the not-applicable list use.</summary>
    public string Pattern => Op == "bozo" ? "bozo" : string.Join('.', Path.Select(part => part is int ? "#" : (string)part));

    public override string ToString() =>
        Op == "bozo" ? $"bozo == {Value}" : $"{string.Join('.', Path)} {(Op == "eq" ? "==" : "!=")} {Value.GetRawText()}";

    public static FeedparserCheck From(JsonElement check)
    {
        var path = check.TryGetProperty("path", out var parts)
            ? parts.EnumerateArray().Select(part => part.ValueKind == JsonValueKind.Number ? (object)part.GetInt32() : part.GetString()!).ToList()
            : [];
        return new FeedparserCheck(check.GetProperty("op").GetString()!, path, check.GetProperty("value").Clone());
    }
}
