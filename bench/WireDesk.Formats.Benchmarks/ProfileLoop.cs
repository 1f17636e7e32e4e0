using WireDesk.Formats.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// Parses one sample over and over, for callgrind: on a shared, noisy machine instruction counts repeat where
/// timings do not (the CPU time it prints is the next best thing). Run twice with different counts; the difference over the difference in counts is the
/// steady-state cost of one parse, free of start-up and JIT.
/// <code>
/// dotnet build -c Release bench/WireDesk.Formats.Benchmarks
/// valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p dotnet bench/WireDesk.Formats.Benchmarks/bin/Release/net10.0/WireDesk.Formats.Benchmarks.dll loop NewsMlG2/g2-benchmark-nitf.xml 2000
/// </code>
/// </summary>
public static class ProfileLoop
{
    public static int Run(string sample, int count)
    {
        var bytes = Samples.Read(sample);
        var document = TextDecoder.Decode(new SourceDocument(bytes, null, Path.GetFileName(sample)));
        var parser = ParserRegistry.All().Single(p => p.Format == Detection.FormatDetector.Detect(document.Text).Format);
        var context = new ParseContext("profile");
        var stories = 0;
        for (var i = 0; i < Math.Min(count, 2000); i++) parser.Parse(document, context);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) stories += parser.Parse(document, context).Stories.Count;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var cpuTime = Environment.CpuUsage.TotalTime - cpu;
        var pauseTime = GC.GetTotalPauseDuration() - paused;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{parser.Format}: {count} parses, {stories} stories; per parse {elapsed.TotalMicroseconds / count:F1} µs wall, " +
            $"{cpuTime.TotalMicroseconds / count:F1} µs CPU (all threads), " +
            $"{pauseTime.TotalMicroseconds / count:F1} µs GC pauses, {allocated / count:N0} bytes allocated");
        return 0;
    }
}
