using System.Text;
using BenchmarkDotNet.Attributes;
using WireDesk.Formats.NewsMl1;
using WireDesk.Formats.NewsMlG2;
using WireDesk.Formats.Nitf;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// The XML parsers on decoded documents (decoding is measured apart): one item per call, and a newsMessage of
/// 1,000 items where per-document costs are spread. Items per second = 1 s / mean time per item.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- --filter '*XmlParser*'
/// </summary>
[MemoryDiagnoser]
public class XmlParserBenchmarks
{
    private static readonly ParseContext Context = new("bench");
    private readonly NewsMlG2Parser _g2 = new();
    private readonly NitfParser _nitf = new();
    private readonly NewsMl1Parser _newsMl1 = new();
    private DecodedDocument _g2Nitf = null!;
    private DecodedDocument _g2Xhtml = null!;
    private DecodedDocument _g2PlainText = null!;
    private DecodedDocument _g2Message = null!;
    private DecodedDocument _nitfDocument = null!;
    private DecodedDocument _newsMl1Document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _g2Nitf = Decode(Sample("NewsMlG2", "g2-benchmark-nitf.xml"));
        _g2Xhtml = Decode(Sample("NewsMlG2", "g2-update.xml"));
        _g2PlainText = Decode(Sample("NewsMlG2", "g2-correction.xml"));
        _nitfDocument = Decode(Sample("Nitf", "nitf-basic.xml"));
        _newsMl1Document = Decode(Sample("NewsMl1", "newsml1-basic.xml"));

        var item = _g2Nitf.Text[_g2Nitf.Text.IndexOf("<newsItem", StringComparison.Ordinal)..];
        var message = new StringBuilder("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>");
        for (var i = 0; i < 1000; i++) message.Append(item.Replace("guid=\"", $"guid=\"{i}-", StringComparison.Ordinal));
        message.Append("</itemSet></newsMessage>");
        _g2Message = Decode(Encoding.UTF8.GetBytes(message.ToString()));
    }

    [Benchmark(Description = "G2 item, NITF body (4 KB)")]
    public int G2WithNitfBody() => _g2.Parse(_g2Nitf, Context).Stories.Count;

    [Benchmark(Description = "G2 item, XHTML body with a link (2 KB)")]
    public int G2WithXhtmlBody() => _g2.Parse(_g2Xhtml, Context).Stories.Count;

    [Benchmark(Description = "G2 item, plain text body (1 KB)")]
    public int G2WithPlainTextBody() => _g2.Parse(_g2PlainText, Context).Stories.Count;

    [Benchmark(Description = "G2 newsMessage, 1,000 items with NITF bodies", OperationsPerInvoke = 1000)]
    public int G2Message() => _g2.Parse(_g2Message, Context).Stories.Count;

    [Benchmark(Description = "NITF document (2 KB)")]
    public int Nitf() => _nitf.Parse(_nitfDocument, Context).Stories.Count;

    [Benchmark(Description = "NewsML 1.2 document (3 KB)")]
    public int NewsMl1() => _newsMl1.Parse(_newsMl1Document, Context).Stories.Count;

    private static DecodedDocument Decode(byte[] bytes) => TextDecoder.Decode(new SourceDocument(bytes, null, "bench.xml"));

    private static byte[] Sample(string folder, string file) => Samples.Read(Path.Combine(folder, file));
}
