namespace WireDesk.Formats.Syndication;

/// <summary>The format names the syndication parsers record on a story and the sniffer answers with.</summary>
public static class SyndicationFormats
{
    /// <summary>RSS 0.9x and 2.0 (root <c>rss</c>).</summary>
    public const string Rss = "rss";

    /// <summary>RSS 1.0 and RSS 0.90, both RDF (root <c>rdf:RDF</c>).</summary>
    public const string Rdf = "rdf";

    /// <summary>Atom 0.3 and Atom 1.0 (RFC 4287).</summary>
    public const string Atom = "atom";

    /// <summary>JSON Feed 1.0 and 1.1.</summary>
    public const string JsonFeed = "jsonfeed";
}
