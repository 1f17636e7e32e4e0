using System.Diagnostics;

namespace WireDesk.Formats.Fuzz;

/// <summary>
/// Reads mutated samples through StoryReader with every parser, once by detection and once with the sample's own
/// format named, and reports any read that lets an exception escape, reaches StoryReader's catch-all ("parser
/// failed:") or takes longer than the bound. Each read runs on its own thread
/// with a 1 MB stack, as small as any host gives a request; a stack overflow ends the process, so the input about to
/// be read is named on standard error (and, fuzzing forever, saved) first.
/// </summary>
public sealed class FuzzRun(IReadOnlyList<(string Name, byte[] Bytes)> samples, TimeSpan bound, string? saveTo, IReadOnlyList<string>? leaveOut = null)
{
    private const int StackSize = 1024 * 1024;
    private static readonly TimeSpan Abandon = TimeSpan.FromSeconds(30);

    private readonly StoryReader _reader = new(ParserRegistry.All());
    private readonly ParseContext _context = new("fuzz");

    public int Reads { get; private set; }
    public int Empty { get; private set; }
    public List<string> Failures { get; } = [];
    public (double Seconds, string Input) Slowest { get; private set; }

    public void Round(int seed, int mutationsPerSample)
    {
        var mutator = new SampleMutator(new Random(seed));
        foreach (var (name, sample) in samples)
        {
            var format = _reader.Read(new SourceDocument(sample, null, name), _context).Format;
            for (var i = 0; i < mutationsPerSample; i++)
            {
                var (kind, bytes) = mutator.Mutate(sample);
                if (LeftOut(name, kind)) continue;
                var input = $"seed {seed} {name} #{i} {kind} ({bytes.Length:N0} bytes)";
                foreach (var hint in new[] { null, format }) Check(input, bytes, name, hint);
            }
        }
    }

    // "Folder/:kind" leaves that mutation of that folder's samples out; "Folder/" leaves the folder out.
    private bool LeftOut(string name, string kind) =>
        leaveOut?.Any(rule => rule.Split(':') is [var prefix, var kinds]
            ? name.StartsWith(prefix, StringComparison.Ordinal) && kinds.Split(',').Contains(kind)
            : name.StartsWith(rule, StringComparison.Ordinal)) == true;

    private void Check(string input, byte[] bytes, string name, string? hint)
    {
        Reads++;
        var label = $"{input}, format {hint ?? "detected"}";
        Console.Error.WriteLine("reading " + label);
        if (saveTo is not null) File.WriteAllBytes(Path.Combine(saveTo, "current-input.bin"), bytes);

        ReadResult? result = null;
        Exception? escaped = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try { result = _reader.Read(new SourceDocument(bytes, null, name), _context, hint); }
            catch (Exception e) { escaped = e; }
        }, StackSize) { IsBackground = true };
        thread.Start();
        var finished = thread.Join(Abandon);
        var elapsed = clock.Elapsed;
        if (elapsed.TotalSeconds > Slowest.Seconds) Slowest = (elapsed.TotalSeconds, label);

        var failure =
            !finished ? $"no result after {Abandon.TotalSeconds:F0} s"
            : escaped is not null ? $"{escaped.GetType().Name} escaped: {escaped.Message}"
            : elapsed > bound ? $"took {elapsed.TotalSeconds:F1} s"
            : result!.Errors.FirstOrDefault(e => e.Message.Contains("parser failed:", StringComparison.Ordinal))?.Message;
        if (failure is null)
        {
            // A well-formed document with no items (a feed whose items a mutation renamed) rightly gives neither.
            if (result!.Stories.Count + result.Errors.Count == 0) Empty++;
            return;
        }

        Failures.Add($"{label}: {failure}");
        Console.WriteLine($"FAIL {label}: {failure}");
        if (saveTo is not null) File.WriteAllBytes(Path.Combine(saveTo, $"failure-{Failures.Count}-{Path.GetFileName(name)}"), bytes);
    }
}
