using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;
using WireDesk.Formats.Syndication.Atom;
using WireDesk.Formats.Syndication.Rss;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// The feed parsers against System.ServiceModel.Syndication on the same 50-entry feeds (decoding is measured apart).
/// SyndicationFeed is made to read the same fields (title, link, id, summary, content:encoded, author, dates,
/// categories, enclosure) but neither sanitizes HTML nor builds paragraphs; "BodyBuilder alone" shows what that
/// costs inside the WireDesk numbers. Python feedparser on the same feeds: bench/feedparser/feedparser_bench.py.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- --filter '*Syndication*'
/// </summary>
[MemoryDiagnoser]
public class SyndicationBenchmarks
{
    private static readonly ParseContext Context = new("bench");
    private readonly RssParser _rss = new();
    private readonly AtomParser _atom = new();
    private string _rssText = null!;
    private string _atomText = null!;
    private DecodedDocument _rssDocument = null!;
    private DecodedDocument _atomDocument = null!;
    private string[] _bodies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rssText = SyndicationFeeds.Rss();
        _atomText = SyndicationFeeds.Atom();
        _rssDocument = TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(_rssText), "application/rss+xml", "bench.rss"));
        _atomDocument = TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(_atomText), "application/atom+xml", "bench.atom"));
        _bodies = Enumerable.Range(0, SyndicationFeeds.Entries).Select(SyndicationFeeds.Body).ToArray();
    }

    [Benchmark(Description = "WireDesk RssParser, 50 items")]
    public int WireDeskRss() => _rss.Parse(_rssDocument, Context).Stories.Count;

    [Benchmark(Description = "SyndicationFeed.Load RSS, 50 items")]
    public int SyndicationFeedRss() => Touch(Load(_rssText));

    [Benchmark(Description = "WireDesk AtomParser, 50 entries")]
    public int WireDeskAtom() => _atom.Parse(_atomDocument, Context).Stories.Count;

    [Benchmark(Description = "SyndicationFeed.Load Atom, 50 entries")]
    public int SyndicationFeedAtom() => Touch(Load(_atomText));

    [Benchmark(Description = "BodyBuilder.FromHtml alone, 50 bodies")]
    public int BodyBuilderAlone()
    {
        var paragraphs = 0;
        foreach (var body in _bodies) paragraphs += BodyBuilder.FromHtml(body).Paragraphs.Count;
        return paragraphs;
    }

    [Benchmark(Description = "TextDecoder.Decode RSS, 50 items (apart)")]
    public int Decode() => TextDecoder.Decode(_rssDocument.Source).Text.Length;

    private static SyndicationFeed Load(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return SyndicationFeed.Load(reader);
    }

    private static int Touch(SyndicationFeed feed)
    {
        var touched = 0;
        foreach (var item in feed.Items)
        {
            touched += (item.Title?.Text.Length ?? 0) + (item.Summary?.Text.Length ?? 0) + (item.Id?.Length ?? 0);
            touched += item.Links.Count + item.Authors.Count + item.Categories.Count;
            touched += item.PublishDate.Second + item.LastUpdatedTime.Second;
            if (item.Content is TextSyndicationContent content) touched += content.Text.Length;
            foreach (var encoded in item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/"))
                touched += encoded.Length;
        }

        return touched;
    }
}
