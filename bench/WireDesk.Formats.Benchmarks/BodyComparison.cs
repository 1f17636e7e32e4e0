using System.Diagnostics;
using System.Xml;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// Times <see cref="BodyBuilder.FromHtml"/> and <see cref="StoryIdentity.ContentHash"/> per body on the bodies of the
/// feed corpus (Atom content type="html", RSS content:encoded), with the bytes each allocates. Run the same command on
/// two builds to compare them; the machine is shared, so alternate the runs and compare within one sitting.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- body-compare /tmp/wiredesk-feeds 20
/// </summary>
public static class BodyComparison
{
    public static int Run(string path, int passes)
    {
        var bodies = Load(path);
        if (bodies.Count == 0)
        {
            Console.Error.WriteLine($"no bodies under {path}");
            return 1;
        }

        var built = new StoryBody[bodies.Count];
        var coldFromHtml = Time(() => { for (var i = 0; i < bodies.Count; i++) built[i] = BodyBuilder.FromHtml(bodies[i]); });
        var coldHash = Time(() => { foreach (var body in built) StoryIdentity.ContentHash(body); });
        var fromHtml = new List<double>();
        var hash = new List<double>();
        long fromHtmlBytes = 0, hashBytes = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            fromHtml.Add(Time(() => { for (var i = 0; i < bodies.Count; i++) built[i] = BodyBuilder.FromHtml(bodies[i]); }));
            var middle = GC.GetAllocatedBytesForCurrentThread();
            hash.Add(Time(() => { foreach (var body in built) StoryIdentity.ContentHash(body); }));
            var after = GC.GetAllocatedBytesForCurrentThread();
            fromHtmlBytes = middle - before;
            hashBytes = after - middle;
        }

        var checksum = 0L;
        foreach (var body in built) checksum = checksum * 31 + body.Html.Length + body.Paragraphs.Count;
        Console.WriteLine($"{bodies.Count} bodies, {bodies.Sum(b => b.Length) / bodies.Count} chars on average, {passes} passes (checksum {checksum})");
        Report("BodyBuilder.FromHtml", coldFromHtml, fromHtml, fromHtmlBytes, bodies.Count);
        Report("StoryIdentity.ContentHash", coldHash, hash, hashBytes, bodies.Count);
        return 0;
    }

    private static void Report(string name, double cold, List<double> passes, long bytes, int count)
    {
        passes.Sort();
        Console.WriteLine(
            $"  {name,-26} first pass {cold * 1000 / count,7:F2} µs/body   median {passes[passes.Count / 2] * 1000 / count,6:F2} µs/body"
            + $"   best {passes[0] * 1000 / count,6:F2} µs/body   {bytes / (double)count,7:F0} B/body");
    }

    private static double Time(Action action)
    {
        // Each phase starts on an empty young generation, so that it pays for its own collections, not the other's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static List<string> Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[path];
        var bodies = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var file in files)
        {
            using var reader = XmlReader.Create(file, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                var atomHtml = reader.LocalName == "content" && reader.NamespaceURI == "http://www.w3.org/2005/Atom" && reader.GetAttribute("type") == "html";
                var rssEncoded = reader.LocalName == "encoded" && reader.NamespaceURI == "http://purl.org/rss/1.0/modules/content/";
                if (atomHtml || rssEncoded) bodies.Add(reader.ReadElementContentAsString());
            }
        }

        return bodies;
    }
}
