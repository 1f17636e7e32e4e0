using System.Diagnostics;
using System.Xml;
using WireDesk.Formats.Syndication;
using WireDesk.Formats.Syndication.FastXml;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// The fast feed XML reader against the standard reader (XmlTextReaderImpl, the feed settings) over the same
/// strings: every file of a folder, decoded and repaired as the feed parsers do, read to the end with Value
/// touched on text nodes. Rounds interleave the two readers; the median round counts.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- fastxml-compare /tmp/wiredesk-feeds/atom [rounds]
/// </summary>
public static class FastXmlComparison
{
    public static int Run(string folder, int rounds)
    {
        var texts = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal)
            .Select(path => FeedXmlRepair.Prepare(TextDecoder.Decode(new SourceDocument(File.ReadAllBytes(path), null, path)).Text, 1 << 20).Text)
            .ToArray();
        var accepted = 0;
        foreach (var text in texts)
        {
            try
            {
                var (fastNodes, fastChars) = Walk(FastFeedXmlReader.Create(text));
                var (standardNodes, standardChars) = Walk(Standard(text));
                if (fastNodes != standardNodes || fastChars != standardChars)
                    throw new InvalidOperationException($"the readers disagree: {fastNodes}/{fastChars} against {standardNodes}/{standardChars}");
                accepted++;
            }
            catch (FastXmlUnsupportedException) { }
        }

        Console.WriteLine($"{folder}: {texts.Length} files, {texts.Sum(t => (long)t.Length) / texts.Length} chars on average; the fast reader accepts {accepted}");
        var fast = new List<double>();
        var told = new List<double>();
        var standard = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            fast.Add(Time(texts, text => Walk(FastFeedXmlReader.Create(text))));
            told.Add(Time(texts, text => Walk(FastFeedXmlReader.Create(text, long.MaxValue, charactersChecked: true))));
            standard.Add(Time(texts, text => Walk(Standard(text))));
        }

        fast.Sort();
        told.Sort();
        standard.Sort();
        var fastMicros = fast[rounds / 2];
        var toldMicros = told[rounds / 2];
        var standardMicros = standard[rounds / 2];
        Console.WriteLine($"  median of {rounds} rounds, per file: standard XmlReader {standardMicros,8:F1} µs, FastFeedXmlReader {fastMicros,8:F1} µs " +
            $"({standardMicros / fastMicros:F2}x faster), with characters checked by the caller {toldMicros,8:F1} µs ({standardMicros / toldMicros:F2}x faster)");
        return 0;
    }

    private static XmlReader Standard(string text) =>
        XmlReader.Create(new StringReader(text), FeedXmlSettings.Create(1L << 30, fragment: false));

    private static double Time(string[] texts, Func<string, (int, long)> walk)
    {
        var clock = Stopwatch.StartNew();
        foreach (var text in texts) walk(text);
        return clock.Elapsed.TotalMicroseconds / texts.Length;
    }

    private static (int Nodes, long Chars) Walk(XmlReader reader)
    {
        using (reader)
        {
            var nodes = 0;
            long chars = 0;
            while (reader.Read())
            {
                nodes++;
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    chars += reader.Value.Length;
            }

            return (nodes, chars);
        }
    }
}
