using System.Diagnostics;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using WireDesk.Formats.Syndication.Atom;
using WireDesk.Formats.Syndication.Rss;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// The syndication comparison by CPU time, the candidates interleaved round by round: on a shared machine wall time
/// measures the neighbours, CPU time of this process much less so. Median of 25 rounds of 10 parses each.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- cpu-compare
/// </summary>
public static class SyndicationCpuComparison
{
    public static void Run()
    {
        var context = new ParseContext("bench");
        var rssText = SyndicationFeeds.Rss();
        var atomText = SyndicationFeeds.Atom();
        var rssDocument = TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(rssText), "application/rss+xml", "bench.rss"));
        var atomDocument = TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(atomText), "application/atom+xml", "bench.atom"));
        var rss = new RssParser();
        var atom = new AtomParser();
        var bodies = Enumerable.Range(0, SyndicationFeeds.Entries).Select(SyndicationFeeds.Body).ToArray();
        var candidates = new (string Name, Action Parse)[]
        {
            ("WireDesk RssParser, 50 items", () => rss.Parse(rssDocument, context)),
            ("SyndicationFeed.Load RSS, 50 items", () => Load(rssText)),
            ("WireDesk AtomParser, 50 entries", () => atom.Parse(atomDocument, context)),
            ("SyndicationFeed.Load Atom, 50 entries", () => Load(atomText)),
            ("BodyBuilder.FromHtml, 50 bodies", () => { foreach (var body in bodies) BodyBuilder.FromHtml(body); }),
        };

        var samples = candidates.ToDictionary(c => c.Name, _ => new List<double>());
        foreach (var (_, parse) in candidates) for (var i = 0; i < 50; i++) parse();
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 25; round++)
            foreach (var (name, parse) in candidates)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < 10; i++) parse();
                process.Refresh();
                samples[name].Add((process.TotalProcessorTime - before).TotalMilliseconds / 10);
            }

        Console.WriteLine("median CPU time of one parse (25 rounds of 10, interleaved)");
        foreach (var (name, list) in samples)
        {
            list.Sort();
            Console.WriteLine($"  {name,-40} {list[list.Count / 2],7:F2} ms");
        }
    }

    // SyndicationFeed reads wire types only; it is made to read the fields a story needs, content:encoded included.
    private static int Load(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var feed = SyndicationFeed.Load(reader);
        var touched = 0;
        foreach (var item in feed.Items)
        {
            touched += (item.Title?.Text.Length ?? 0) + (item.Summary?.Text.Length ?? 0) + (item.Id?.Length ?? 0);
            touched += item.Links.Count + item.Authors.Count + item.Categories.Count + item.PublishDate.Second + item.LastUpdatedTime.Second;
            if (item.Content is TextSyndicationContent content) touched += content.Text.Length;
            foreach (var encoded in item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/"))
                touched += encoded.Length;
        }

        return touched;
    }
}
