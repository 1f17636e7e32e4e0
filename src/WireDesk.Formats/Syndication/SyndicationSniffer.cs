namespace WireDesk.Formats.Syndication;

/// <summary>
/// Says which syndication parser fits a decoded document, from its first few kilobytes and without parsing it:
/// the root element (and its namespace) for XML, the JSON Feed version URL for JSON. Answers null when none fits,
/// never a guess. Cheap enough to run on every delivery.
/// </summary>
public static class SyndicationSniffer
{
    private const int HeadLength = 16 * 1024;

    /// <summary>One of <see cref="SyndicationFormats"/>, or null.</summary>
    public static string? Sniff(DecodedDocument document) => Sniff(document.Text);

    /// <inheritdoc cref="Sniff(DecodedDocument)"/>
    public static string? Sniff(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (start >= text.Length) return null;
        return text[start] switch
        {
            '{' => SniffJson(text, start),
            '<' => SniffXml(text),
            _ => null,
        };
    }

    private static string? SniffJson(string text, int start)
    {
        var head = text.AsSpan(start, Math.Min(HeadLength, text.Length - start));
        var version = head.IndexOf("\"version\"", StringComparison.Ordinal);
        if (version < 0) return null;
        var rest = head[(version + 9)..];
        var colon = rest.IndexOf(':');
        if (colon < 0) return null;
        var value = rest[(colon + 1)..].TrimStart();
        return value.StartsWith("\"https://jsonfeed.org/version/", StringComparison.Ordinal)
            || value.StartsWith("\"http://jsonfeed.org/version/", StringComparison.Ordinal)
            ? SyndicationFormats.JsonFeed
            : null;
    }

    private static string? SniffXml(string text)
    {
        var head = text.Length > HeadLength ? text[..HeadLength] : text;
        var prolog = Prolog.Read(head);
        if (prolog.RootStart < 0) return null;
        var tag = RootTag.Read(head, prolog.RootStart);
        if (tag is null) return null;

        var (prefix, local) = tag.Value.SplitName();
        var ns = tag.Value.NamespaceOf(prefix);
        return local switch
        {
            "rss" => SyndicationFormats.Rss,
            "RDF" when ns is null || ns == FeedNamespaces.Rdf => SyndicationFormats.Rdf,
            "feed" when ns is null or "" || FeedNamespaces.IsAtom(ns) || tag.Value.Attributes.Contains("version=", StringComparison.Ordinal)
                => SyndicationFormats.Atom,
            _ => null,
        };
    }
}
