using System.Text.Json;
using System.Xml;
using WireDesk.Formats.Xml;

namespace WireDesk.Ingest.WebSub;

/// <summary>
/// WebSub discovery (§4): HTTP Link headers first, then the feed itself: <c>&lt;link rel="hub"&gt;</c> and
/// <c>rel="self"</c> in Atom, <c>&lt;atom:link&gt;</c> in RSS (read from the head only, stopping at the first item
/// or entry), or JSON Feed's <c>hubs</c> and <c>feed_url</c>. Relative URLs resolve against the fetched URL.
/// </summary>
public static class HubDiscovery
{
    private const long MaxCharacters = 32L * 1024 * 1024;

    public static HubLinks Discover(Uri fetched, IEnumerable<string> linkHeaders, ReadOnlySpan<byte> body)
    {
        var fromHeaders = FromLinkHeaders(fetched, linkHeaders);
        var fromBody = FromBody(fetched, body);
        var hubs = fromHeaders.Hubs.Count > 0 ? fromHeaders.Hubs : fromBody.Hubs;
        return new HubLinks(hubs, fromHeaders.Self ?? fromBody.Self);
    }

    /// <summary>RFC 8288 Link values: <c>&lt;url&gt;; rel="hub self"; ...</c>, several per header, comma-separated.</summary>
    public static HubLinks FromLinkHeaders(Uri fetched, IEnumerable<string> values)
    {
        var hubs = new List<Uri>();
        Uri? self = null;
        foreach (var value in values)
        {
            var at = 0;
            while ((at = value.IndexOf('<', at)) >= 0)
            {
                var close = value.IndexOf('>', at);
                if (close < 0) break;
                var target = value[(at + 1)..close];
                var end = NextLinkStart(value, close + 1);
                var rels = RelTokens(value[(close + 1)..end]);
                if (Resolve(fetched, target) is { } url)
                {
                    if (rels.Contains("hub")) hubs.Add(url);
                    if (rels.Contains("self")) self ??= url;
                }
                at = end;
            }
        }
        return new HubLinks(hubs, self);
    }

    private static HubLinks FromBody(Uri fetched, ReadOnlySpan<byte> body)
    {
        var start = 0;
        if (body.StartsWith("\uFEFF"u8)) start = 3;
        while (start < body.Length && body[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        if (start >= body.Length) return HubLinks.None;
        return body[start] == (byte)'{' ? FromJsonFeed(fetched, body[start..]) : FromXml(fetched, body.ToArray());
    }

    private static HubLinks FromXml(Uri fetched, byte[] body)
    {
        var hubs = new List<Uri>();
        Uri? self = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), SafeXml.Settings(MaxCharacters));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName is "item" or "entry") break;
                if (reader.LocalName != "link") continue;
                var rels = RelTokens(reader.GetAttribute("rel") ?? "");
                if (Resolve(fetched, reader.GetAttribute("href")) is not { } url) continue;
                if (rels.Contains("hub")) hubs.Add(url);
                if (rels.Contains("self")) self ??= url;
            }
        }
        catch (XmlException)
        {
            // A feed broken further down still named its hub in the head; keep what was read.
        }
        return new HubLinks(hubs, self);
    }

    private static HubLinks FromJsonFeed(Uri fetched, ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return HubLinks.None;
            var hubs = new List<Uri>();
            if (root.TryGetProperty("hubs", out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var hub in list.EnumerateArray())
                    if (hub.ValueKind == JsonValueKind.Object
                        && hub.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                        && string.Equals(type.GetString(), "WebSub", StringComparison.OrdinalIgnoreCase)
                        && hub.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                        && Resolve(fetched, url.GetString()) is { } resolved)
                        hubs.Add(resolved);
            var self = root.TryGetProperty("feed_url", out var feedUrl) && feedUrl.ValueKind == JsonValueKind.String
                ? Resolve(fetched, feedUrl.GetString())
                : null;
            return new HubLinks(hubs, self);
        }
        catch (JsonException)
        {
            return HubLinks.None;
        }
    }

    private static int NextLinkStart(string value, int from)
    {
        var quoted = false;
        for (var i = from; i < value.Length; i++)
        {
            if (value[i] == '"') quoted = !quoted;
            else if (value[i] == ',' && !quoted) return i + 1;
        }
        return value.Length;
    }

    private static HashSet<string> RelTokens(string text)
    {
        var tokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // In a Link header the text is the parameters ("; rel=\"hub self\""); in XML it is the attribute value itself.
        var rel = text.Contains(';') || text.Contains('=') ? RelParameter(text) : text;
        foreach (var token in rel.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)) tokens.Add(token);
        return tokens;
    }

    private static string RelParameter(string parameters)
    {
        foreach (var parameter in parameters.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !string.Equals(parameter[..equals].Trim(), "rel", StringComparison.OrdinalIgnoreCase)) continue;
            return parameter[(equals + 1)..].Trim().Trim(',').Trim().Trim('"');
        }
        return "";
    }

    private static Uri? Resolve(Uri fetched, string? href) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(fetched, href.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;
}
