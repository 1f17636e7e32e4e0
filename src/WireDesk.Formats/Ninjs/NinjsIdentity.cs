namespace WireDesk.Formats.Ninjs;

/// <summary>
/// The story guid of a ninjs item: its uri, verbatim. The samples carry no version inside the uri (the version is
/// the separate "version" property; AP's ".0" appears only in rendition links), so nothing is stripped — except
/// AP's per-request access tokens: AP Media API uris end in "?qt=...&amp;et=..." that change from one fetch to the
/// next, which would make every fetch of the same item a new story.
/// </summary>
public static class NinjsIdentity
{
    private static readonly HashSet<string> ApTokenParameters = new(StringComparer.OrdinalIgnoreCase) { "qt", "et" };

    public static string Guid(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Query.Length <= 1 || !IsAp(parsed.Host))
            return uri;

        var kept = parsed.Query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !ApTokenParameters.Contains(pair.Split('=', 2)[0]))
            .ToList();
        var withoutQuery = uri[..uri.IndexOf('?', StringComparison.Ordinal)];
        return kept.Count == 0 ? withoutQuery : withoutQuery + "?" + string.Join("&", kept);
    }

    private static bool IsAp(string host) =>
        host.Equals("ap.org", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".ap.org", StringComparison.OrdinalIgnoreCase);
}
