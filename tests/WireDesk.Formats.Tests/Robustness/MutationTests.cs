using System.Diagnostics;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Robustness;

/// <summary>
/// Issue 3, robustness: thousands of random mutations of our samples of every format (truncation, byte flips, cut
/// and repeated ranges, junk bytes, deep nesting, huge attributes and text, entity bombs, external entities, lying
/// encoding declarations), each read by StoryReader with every parser, once by detection and once with the sample's
/// own format named. No exception may escape, no read may reach StoryReader's catch-all ("parser failed:") — a parser
/// bug is fixed, not swallowed — and every read must end within 10 s (a hang guard, generous because test assemblies run side by side, not a performance test).
/// </summary>
/// <remarks>
/// The reads run in the fuzz console (bench/WireDesk.Formats.Fuzz), each on a thread with a 1 MB stack, in a child
/// process: a stack overflow cannot be caught, and it must fail this test rather than end the whole test run.
/// </remarks>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_109;
    private const int MutationsPerSample = 60;


    [Fact]
    public void Thousands_of_mutated_samples_of_every_format_end_without_escaping_exceptions_catch_alls_or_hangs()
    {
        var samples = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples");
        var fuzz = Path.Combine(AppContext.BaseDirectory, "WireDesk.Formats.Fuzz.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList =
            {
                "exec", fuzz, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--per-sample", MutationsPerSample.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--samples", samples, "--bound-seconds", "10",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var lastRead = "";
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lastRead = line; };
        process.BeginErrorReadLine();
        var report = process.StandardOutput.ReadToEnd();
        var finished = process.WaitForExit(TimeSpan.FromMinutes(10));
        if (!finished) process.Kill(entireProcessTree: true);
        output.WriteLine(report);

        Assert.True(finished, $"the fuzz run did not finish in 10 minutes; last: {lastRead}");
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; last on stderr: {lastRead}\n{report}");
        Assert.Contains("failures 0,", report, StringComparison.Ordinal);
        Assert.Matches(@"reads [1-9]\d{3,}", report);
    }
}
