using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WireDesk.Formats.Benchmarks;

/// <summary>MB/s and items/s columns for benchmarks that record, per sample, its size in bytes and its stories.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    // Written in each benchmark process's setup; read back in the host process from the sample itself.
    private static readonly ConcurrentDictionary<string, (int Bytes, int Items)> Sizes = new();

    public ThroughputConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
        AddColumn(new ThroughputColumn("MB/s", (bytes, _, seconds) => bytes / 1e6 / seconds));
        AddColumn(new ThroughputColumn("items/s", (_, items, seconds) => items / seconds));
    }

    public static void Record(string sample, int bytes, int items) => Sizes[sample] = (bytes, items);

    private static (int Bytes, int Items) SizeOf(string sample) =>
        Sizes.GetOrAdd(sample, s =>
        {
            var bytes = Samples.ReadWire(s);
            var stories = new StoryReader(ParserRegistry.All()).Read(new SourceDocument(bytes, null, s), new ParseContext("bench")).Stories.Count;
            return (bytes.Length, stories);
        });

    private sealed class ThroughputColumn(string name, Func<double, double, double, double> rate) : IColumn
    {
        public string Id => "Throughput" + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name} at the mean time of one read";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["Sample"] is not string sample) return "-";
            var (bytes, items) = SizeOf(sample);
            return rate(bytes, items, statistics.Mean / 1e9).ToString("N1", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
