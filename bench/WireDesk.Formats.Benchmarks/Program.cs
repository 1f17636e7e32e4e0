using BenchmarkDotNet.Running;
using WireDesk.Formats.Benchmarks;

// "loop SAMPLE N" parses one sample N times without BenchmarkDotNet, for instruction counts under callgrind.
if (args is ["loop", var sample, var count]) return ProfileLoop.Run(sample, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));

// "write-feeds DIR" writes the syndication benchmark feeds for bench/feedparser/feedparser_bench.py to compare on.
if (args is ["write-feeds", var folder])
{
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "bench.rss"), WireDesk.Formats.Benchmarks.SyndicationFeeds.Rss());
    File.WriteAllText(Path.Combine(folder, "bench.atom"), WireDesk.Formats.Benchmarks.SyndicationFeeds.Atom());
    return 0;
}

// "fastxml-compare DIR [ROUNDS]" times the fast feed XML reader against the standard reader on every file of DIR.
if (args is ["fastxml-compare", var xmlFolder, .. var rest])
    return WireDesk.Formats.Benchmarks.FastXmlComparison.Run(xmlFolder, rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 15);

// "body-compare FILE-OR-DIR N" times BodyBuilder.FromHtml and StoryIdentity.ContentHash per body of the feed corpus.
if (args is ["body-compare", var bodies, var passes])
    return BodyComparison.Run(bodies, int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture));

if (args is ["cpu-compare"])
{
    WireDesk.Formats.Benchmarks.SyndicationCpuComparison.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
