namespace WireDesk.Formats.Syndication;

/// <summary>The XML namespaces feeds use, by their published URIs.</summary>
internal static class FeedNamespaces
{
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string MediaRss = "http://search.yahoo.com/mrss/";

    /// <summary>Namespaces some publishers put plain RSS 2.0 elements in; all mean "RSS core".</summary>
    public static bool IsRssCore(string ns) =>
        ns.Length == 0 || ns is Rss10 or Rss090
            or "http://backend.userland.com/rss" or "http://backend.userland.com/rss2"
            or "http://backend.userland.com/rss2.1" or "http://blogs.law.harvard.edu/tech/rss";

    public static bool IsAtom(string ns) => ns is Atom10 or Atom03;

    // Media RSS is found both with and without its trailing slash.
    public static bool IsMediaRss(string ns) => ns is MediaRss or "http://search.yahoo.com/mrss";
}
