namespace WireDesk.Formats.Detection;

public static class FormatNames
{
    public const string PlainText = "plaintext";
    public const string NewsMlG2 = "newsml-g2";
    public const string Nitf = "nitf";
    public const string NewsMl1 = "newsml-1.2";
    public const string Ninjs = "ninjs";
    public const string Rss = "rss";
    public const string Rdf = "rdf";
    public const string Atom = "atom";
    public const string JsonFeed = "jsonfeed";
    public const string Anpa = "anpa-1312";
    public const string Iptc7901 = "iptc-7901";
}
