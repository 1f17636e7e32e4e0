using System.Net;
using System.Text;
using WireDesk.Formats.Syndication;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>Documents to run the fast reader over: corpus files prepared as the feed parsers prepare them, our
/// samples, and feeds generated in the shape of the benchmark feeds (bench/feeds/write_feeds.py).</summary>
internal static class FastXmlDocuments
{
    /// <summary>Decoded and repaired as <c>XmlFeedInput.Prepare</c> does before the walker reads it.</summary>
    public static string Prepare(byte[] bytes, string name, string? contentType = null) =>
        FeedXmlRepair.Prepare(Decode(bytes, name, contentType), 1 << 20).Text;

    /// <summary>Decoded only, as the decoder hands it on: no <see cref="FeedXmlRepair"/>.</summary>
    public static string Decode(byte[] bytes, string name, string? contentType = null) =>
        TextDecoder.Decode(new SourceDocument(bytes, contentType, name)).Text;

    public static IEnumerable<(string Name, string Text)> Corpus() =>
        CorpusFiles().Select(file => (file.Name, Prepare(file.Bytes, file.Name, file.ContentType)));

    /// <summary>The corpus files decoded but not repaired.</summary>
    public static IEnumerable<(string Name, string Text)> RawCorpus() =>
        CorpusFiles().Select(file => (file.Name, Decode(file.Bytes, file.Name, file.ContentType)));

    private static IEnumerable<(string Name, byte[] Bytes, string? ContentType)> CorpusFiles()
    {
        var manifest = Requires.Corpus("feedparser", "manifest.json");
        foreach (var corpusCase in FeedparserCase.Load(manifest))
        {
            if (!corpusCase.File.EndsWith(".xml", StringComparison.Ordinal)) continue;
            var bytes = File.ReadAllBytes(Requires.Corpus("feedparser", corpusCase.File));
            yield return (corpusCase.File, bytes, corpusCase.Headers.GetValueOrDefault("Content-Type"));
        }
    }

    /// <summary>Our samples decoded but not repaired.</summary>
    public static IEnumerable<(string Name, string Text)> RawSamples()
    {
        var folder = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "Syndication");
        foreach (var path in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
            yield return (Path.GetFileName(path), Decode(File.ReadAllBytes(path), path));
    }

    public static IEnumerable<(string Name, string Text)> Samples()
    {
        var folder = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "Syndication");
        foreach (var path in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
            yield return (Path.GetFileName(path), Prepare(File.ReadAllBytes(path), path));
    }

    private static readonly string[] Words =
        "government said on Friday the ministry would review the proposal after talks with state officials and industry groups as prices rose".Split(' ');

    private static string Sentence(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Body(Random random, int n) =>
        $"<p>New Delhi [India], January {n % 28 + 1} (ANI): {WebUtility.HtmlEncode(Sentence(random, 18))}</p>" +
        $"<p>{Sentence(random, 12)[..^1]}, <a href=\"https://www.example.org/report/{n}\">the report</a> said.</p>" +
        $"<p>{Sentence(random, 10)[..^1]} <em>(Reuters &amp; AFP contributed)</em>.</p>";

    /// <summary>RSS 2.0 as the benchmark writes it: content:encoded in CDATA, a plain description, dc:creator.</summary>
    public static string Rss(int items, int seed = 1)
    {
        var random = new Random(seed);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Wire feed</title>\n<link>https://news.example.com/</link>\n<description>Agency copy</description>\n");
        for (var n = 0; n < items; n++)
            xml.Append($"<item>\n<title>{WebUtility.HtmlEncode(Sentence(random, 9))}</title>\n<link>https://news.example.com/rss/{n}</link>\n")
                .Append($"<guid isPermaLink=\"false\">urn:wiredesk:bench:rss:{n}</guid>\n<dc:creator>ANI desk</dc:creator>\n<category>Politics</category>\n<category>World</category>\n")
                .Append($"<pubDate>Fri, 09 Jan 2026 15:55:00 +0530</pubDate>\n<description>{WebUtility.HtmlEncode(Sentence(random, 14))}</description>\n")
                .Append($"<content:encoded><![CDATA[{Body(random, n)}]]></content:encoded>\n</item>\n");
        return xml.Append("</channel>\n</rss>\n").ToString();
    }

    /// <summary>Atom 1.0 as the benchmark writes it: escaped HTML content, attributes on link and category.</summary>
    public static string Atom(int entries, int seed = 1)
    {
        var random = new Random(seed);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Wire feed</title>\n" +
            "<id>urn:wiredesk:bench:atom</id>\n<link href=\"https://news.example.com/atom\"/>\n<updated>2026-01-09T15:55:10+05:30</updated>\n");
        for (var n = 0; n < entries; n++)
            xml.Append($"<entry>\n<title>{WebUtility.HtmlEncode(Sentence(random, 9))}</title>\n<id>urn:wiredesk:bench:atom:{n}</id>\n")
                .Append($"<link rel=\"alternate\" href=\"https://news.example.com/atom/{n}\"/>\n<author><name>ANI desk</name></author>\n")
                .Append("<category term=\"Politics\"/>\n<category term=\"World\"/>\n<published>2026-01-09T15:55:00+05:30</published>\n<updated>2026-01-09T15:55:00Z</updated>\n")
                .Append($"<summary>{WebUtility.HtmlEncode(Sentence(random, 14))}</summary>\n<content type=\"html\">{WebUtility.HtmlEncode(Body(random, n))}</content>\n</entry>\n");
        return xml.Append("</feed>\n").ToString();
    }
}
