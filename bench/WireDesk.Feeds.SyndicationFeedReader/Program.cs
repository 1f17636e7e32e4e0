using System.Diagnostics;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

// The .NET baseline for bench/feeds/compare.sh: System.ServiceModel.Syndication reading the same files as
// `wiredesk parse --stats`, measured the same way (one cold pass, files read inside the clock), printing the same line.
//   WireDesk.Feeds.SyndicationFeedReader [--passes N] FILE-OR-DIR...   (N passes in one process, the fastest reported)
// SyndicationFeed stops at wire types, so each item's fields a story needs are read too (content:encoded included).
var passes = args is ["--passes", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 1;
var files = args.Skip(args is ["--passes", ..] ? 2 : 0).SelectMany<string, string>(path => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [path])
    .ToList();
var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 20 * 1024 * 1024 };
long touched = 0;
var fastest = Pass();
for (var pass = 1; pass < passes; pass++)
    if (Pass() is var next && next.Seconds < fastest.Seconds) fastest = next;
var (items, errors, bytes, seconds) = fastest;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"files {files.Count}, items {items}, errors {errors}, bytes {bytes}, seconds {seconds:F3}, MB/s {bytes / 1e6 / Math.Max(seconds, 1e-9):F1}, items/s {items / Math.Max(seconds, 1e-9):F0}{(passes > 1 ? $", fastest of {passes} passes" : "")}"));
GC.KeepAlive(touched);

(long Items, long Errors, long Bytes, double Seconds) Pass()
{
    long items = 0, errors = 0, bytes = 0;
    var clock = Stopwatch.StartNew();
    foreach (var file in files)
    {
        var data = File.ReadAllBytes(file);
        bytes += data.Length;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            var feed = SyndicationFeed.Load(reader);
            foreach (var item in feed.Items)
            {
                items++;
                touched += (item.Title?.Text.Length ?? 0) + (item.Summary?.Text.Length ?? 0) + (item.Id?.Length ?? 0);
                touched += item.Links.Count + item.Authors.Count + item.Categories.Count + item.PublishDate.Second + item.LastUpdatedTime.Second;
                if (item.Content is TextSyndicationContent content) touched += content.Text.Length;
                foreach (var encoded in item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/"))
                    touched += encoded.Length;
                foreach (var creator in item.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/"))
                    touched += creator.Length;
            }
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException)
        {
            errors++;
        }
    }
    return (items, errors, bytes, clock.Elapsed.TotalSeconds);
}

