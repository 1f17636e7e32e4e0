using System.Globalization;
using WireDesk.Formats.Fuzz;

// Fixed run (what the robustness test runs):  WireDesk.Formats.Fuzz --seed 20260109 --per-sample 60
// Fuzz forever, saving failing inputs:       WireDesk.Formats.Fuzz forever [--out DIR]
// Options: --only Folder/ (one format's samples), --leave-out Folder/:kind,kind (known failures), --bound-seconds S
var options = Options.Parse(args);
var folder = options.Samples ?? FuzzSamples.FindFolder(AppContext.BaseDirectory) ?? FuzzSamples.FindFolder(Environment.CurrentDirectory);
if (folder is null)
{
    Console.Error.WriteLine("tests/WireDesk.Formats.Tests/Samples not found; pass --samples DIR");
    return 2;
}

var samples = FuzzSamples.Load(folder).Where(s => options.Only is null || s.Name.StartsWith(options.Only, StringComparison.Ordinal)).ToList();
if (!options.Forever)
{
    var run = new FuzzRun(samples, options.Bound, saveTo: null, options.LeaveOut);
    run.Round(options.Seed, options.PerSample);
    Console.WriteLine($"reads {run.Reads}, failures {run.Failures.Count}, with neither stories nor errors {run.Empty}, seed {options.Seed}, " +
        $"slowest {run.Slowest.Seconds.ToString("F2", CultureInfo.InvariantCulture)} s: {run.Slowest.Input}");
    return run.Failures.Count == 0 ? 0 : 1;
}

Directory.CreateDirectory(options.Out);
var forever = new FuzzRun(samples, options.Bound, options.Out, options.LeaveOut);
for (var seed = options.Seed; ; seed++)
{
    forever.Round(seed, options.PerSample);
    Console.WriteLine($"seed {seed}: reads {forever.Reads}, failures {forever.Failures.Count}, slowest {forever.Slowest.Seconds:F2} s");
}

internal sealed record Options(bool Forever, int Seed, int PerSample, string? Samples, string Out, TimeSpan Bound)
{
    /// <summary>Only samples whose path under Samples starts with this ("Syndication/").</summary>
    public string? Only { get; init; }

    /// <summary>Rules "Folder/" or "Folder/:kind,kind" for known failures still to be fixed.</summary>
    public List<string> LeaveOut { get; init; } = [];

    public static Options Parse(string[] args)
    {
        var options = new Options(false, Environment.TickCount, 20, null, "fuzz-out", TimeSpan.FromSeconds(2));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "forever" => options with { Forever = true },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--per-sample" => options with { PerSample = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--samples" => options with { Samples = args[++i] },
                "--only" => options with { Only = args[++i] },
                "--leave-out" => options with { LeaveOut = [.. options.LeaveOut, args[++i]] },
                "--out" => options with { Out = args[++i] },
                "--bound-seconds" => options with { Bound = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)) },
                var other => throw new ArgumentException($"unknown argument {other}"),
            };
        }
        return options;
    }
}
