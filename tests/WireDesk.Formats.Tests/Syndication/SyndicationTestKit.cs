using System.Text;
using WireDesk.Formats.Syndication;
using WireDesk.Formats.Syndication.Atom;
using WireDesk.Formats.Syndication.JsonFeed;
using WireDesk.Formats.Syndication.Rss;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Reads feeds as ingest does: bytes through the real decoder, the sniffer picks the parser.</summary>
internal static class SyndicationTestKit
{
    public static ParseContext Context { get; } = new("test-feed");

    public static ISyndicationParser? ParserFor(string? format) => format switch
    {
        SyndicationFormats.Rss => new RssParser(),
        SyndicationFormats.Rdf => new RdfParser(),
        SyndicationFormats.Atom => new AtomParser(),
        SyndicationFormats.JsonFeed => new JsonFeedParser(),
        _ => null,
    };

    public static SyndicationResult ParseBytes(byte[] bytes, string name, string? contentType = null, ParseContext? context = null)
    {
        var decoded = TextDecoder.Decode(new SourceDocument(bytes, contentType, name));
        var format = SyndicationSniffer.Sniff(decoded);
        var parser = ParserFor(format) ?? throw new InvalidOperationException($"no syndication parser fits {name}");
        return parser.ParseFeed(decoded, context ?? Context);
    }

    public static SyndicationResult ParseText(string text, ParseContext? context = null) =>
        ParseBytes(Encoding.UTF8.GetBytes(text), "feed.xml", null, context);

    public static SyndicationResult ParseSample(string fileName, ParseContext? context = null)
    {
        var path = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "Syndication", fileName);
        return ParseBytes(File.ReadAllBytes(path), fileName, null, context);
    }
}
