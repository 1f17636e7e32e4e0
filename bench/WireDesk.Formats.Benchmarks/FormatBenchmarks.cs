using BenchmarkDotNet.Attributes;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// One sample of every format read the whole way, as ingest reads a delivery: StoryReader from bytes (decoding,
/// detection, parsing). The MB/s and items/s columns are the sample's bytes and stories over the mean time.
/// Wire copy samples (ANPA, IPTC 7901) are sent with their control characters, as on the wire.
/// Run: dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- --filter '*FormatBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FormatBenchmarks
{
    private static readonly ParseContext Context = new("bench");
    private readonly StoryReader _reader = new(ParserRegistry.All());
    private SourceDocument _document = null!;

    public static IEnumerable<string> SampleNames =>
    [
        "NewsMlG2/g2-benchmark-nitf.xml", "NewsMlG2/g2-update.xml", "Nitf/nitf-basic.xml", "NewsMl1/newsml1-basic.xml",
        "Ninjs/story-v1-3x.json", "Anpa/obit-smith.txt", "Iptc7901/coalition.txt", "PlainText/reuters-wrapped.txt",
        "Syndication/rss20-content-encoded.xml", "Syndication/atom10-xml-base.xml", "Syndication/rss10-rdf.xml",
        "Syndication/jsonfeed11.json",
    ];

    [ParamsSource(nameof(SampleNames))]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _document = new SourceDocument(Samples.ReadWire(Sample), null, Sample);
        ThroughputConfig.Record(Sample, _document.Bytes.Length, _reader.Read(_document, Context).Stories.Count);
    }

    [Benchmark]
    public int Read() => _reader.Read(_document, Context).Stories.Count;
}
