namespace WireDesk.Formats.Syndication;

/// <summary>
/// Resolves relative references in feeds (RFC 3986) against the base in effect: <c>xml:base</c>, else the
/// document's own address, else the feed's home link. Only http(s) bases are used, so a hostile
/// <c>xml:base="javascript:..."</c> can never become the scheme of a link.
/// </summary>
internal static class LinkResolver
{
    /// <summary>The base for an element: its <c>xml:base</c> resolved against the parent's, or the parent's.</summary>
    public static Uri? AsBase(string? candidate, Uri? parent)
    {
        if (string.IsNullOrWhiteSpace(candidate)) return parent;
        var trimmed = candidate.Trim();
        Uri? resolved;
        if (TryAbsolute(trimmed, out var absolute)) resolved = absolute;
        else if (parent is null || !Uri.TryCreate(parent, trimmed, out resolved)) return parent;
        return IsWeb(resolved) ? resolved : parent;
    }

    /// <summary>
    /// The reference made absolute. An absolute reference is kept exactly as written (ids and links are compared
    /// as strings downstream); one that cannot be resolved (no usable base) is returned as written.
    /// </summary>
    public static string? Resolve(string? reference, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var trimmed = reference.Trim();
        if (PlainWebAddress.Is(trimmed) || TryAbsolute(trimmed, out _)) return trimmed;
        if (baseUri is not null && IsWeb(baseUri) && Uri.TryCreate(baseUri, trimmed, out var combined))
            return combined.AbsoluteUri;
        return trimmed;
    }

    public static bool IsWeb(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static Uri? WebUriOrNull(string? text) =>
        text is not null && TryAbsolute(text.Trim(), out var uri) && IsWeb(uri) ? uri : null;

    private static bool TryAbsolute(string reference, out Uri uri) =>
        Uri.TryCreate(reference, UriKind.Absolute, out uri!) && !IsFileLookalike(uri, reference);

    // On Unix "/relative/uri" parses as an absolute file:// URI; in a feed it is a path relative to the base.
    private static bool IsFileLookalike(Uri uri, string reference) =>
        uri.IsFile && !reference.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
