using System.Net;
using System.Text.Json;
using WireDesk.Web.Tests.Infrastructure;
using WireDesk.Web.Tests.Lifecycle;

namespace WireDesk.Web.Tests;

/// <summary>The real <c>wiredesk</c> executable against a real data folder, as an operator would use it.</summary>
public class CliTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "wiredesk-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _copy;

    public CliTests()
    {
        Directory.CreateDirectory(_data);
        _copy = Path.Combine(_data, "copy");
        Directory.CreateDirectory(_copy);
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_copy, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Parse_json_prints_one_object_per_story_and_names_the_file_it_could_not_parse()
    {
        var good = Write("good.txt", System.Text.Encoding.UTF8.GetBytes(ArticlePageTests.AniCopy));
        var empty = Write("empty.txt", []);
        var run = await WireDeskProcess.RunAsync("parse", good, empty, "--json");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var story = items[0];
        Assert.Equal("ANI", story.GetProperty("agency").GetString());
        Assert.Equal("Solar park on reservoir starts supplying power to the grid", story.GetProperty("headline").GetString());
        var dateline = story.GetProperty("dateline");
        Assert.Equal("Bhubaneswar", dateline.GetProperty("place").GetString());
        Assert.Equal("Odisha", dateline.GetProperty("region").GetString());
        Assert.Equal("IN", dateline.GetProperty("country").GetString());
        Assert.Equal(1, dateline.GetProperty("month").GetInt32());
        Assert.Equal(9, dateline.GetProperty("day").GetInt32());
        Assert.Equal(3, story.GetProperty("body").GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(64, story.GetProperty("contentHash").GetString()!.Length);
        foreach (var field in new[] { "source", "guid", "version", "byline", "firstCreated", "versionCreated", "pubStatus", "embargoedUntil", "urgency", "language", "summary", "edNote", "signals", "warnings" })
            Assert.True(story.TryGetProperty(field, out _), $"parse --json lacks {field}");
        Assert.Equal(empty, items[1].GetProperty("file").GetString());
        Assert.Contains("empty", items[1].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Parse_stats_prints_one_line_of_totals()
    {
        Write("a.txt", System.Text.Encoding.UTF8.GetBytes(ArticlePageTests.AniCopy));
        Write("b.xml", WireCopy.Write(WireCopy.NewsMlG2, new CopySpec()));
        var run = await WireDeskProcess.RunAsync("parse", _copy, "--stats");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^files 2, items 2, errors 0, bytes \d+, seconds [\d.]+, MB/s [\d.]+, items/s \d+\n$", run.Output);
    }

    [Fact]
    public async Task Parse_stats_with_passes_parses_everything_again_and_reports_the_fastest_pass()
    {
        Write("a.txt", System.Text.Encoding.UTF8.GetBytes(ArticlePageTests.AniCopy));
        Write("b.xml", WireCopy.Write(WireCopy.NewsMlG2, new CopySpec()));
        var run = await WireDeskProcess.RunAsync("parse", _copy, "--stats", "--passes", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^files 2, items 2, errors 0, bytes \d+, seconds [\d.]+, MB/s [\d.]+, items/s \d+, fastest of 3 passes\n$", run.Output);

        var refused = await WireDeskProcess.RunAsync("parse", _copy, "--stats", "--passes", "0");
        Assert.Equal(2, refused.ExitCode);
    }

    [Fact]
    public async Task Ingest_reports_each_story_and_the_desk_commands_hold_release_kill_and_audit_it()
    {
        var spec = new CopySpec();
        var first = Write("v1.xml", WireCopy.Write(WireCopy.NewsMlG2, spec));
        var run = await WireDeskProcess.RunAsync("ingest", first, "--data", _data, "--source", "reuters");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^published /coastal-ferry-service-resumes-after-week-long-storm-(\d+)\n$", run.Output);
        var id = run.Output.Trim().Split('-')[^1];

        var again = await WireDeskProcess.RunAsync("ingest", first, "--data", _data, "--source", "reuters");
        Assert.Equal($"duplicate {id}\n", again.Output);

        var withhold = await WireDeskProcess.RunAsync("withhold", id, "--data", _data, "--user", "asha");
        Assert.Equal(0, withhold.ExitCode);
        var held = await WireDeskProcess.RunAsync("held", "--data", _data);
        Assert.Contains($"{id}\twithheld\treuters\teditor asha", held.Output);

        var release = await WireDeskProcess.RunAsync("release", id, "--data", _data, "--user", "asha");
        Assert.Equal(0, release.ExitCode);
        Assert.Contains("(published)", release.Output);

        var kill = await WireDeskProcess.RunAsync("kill", id, "--reason", "legal advice", "--data", _data, "--user", "asha");
        Assert.Equal(0, kill.ExitCode);
        var story = await WireDeskProcess.RunAsync("story", id, "--data", _data);
        Assert.Contains("state: killed  reader sees: gone", story.Output);
        Assert.Contains("killed: legal advice", story.Output);

        var update = Write("v2.xml", WireCopy.Write(WireCopy.NewsMlG2, spec.Next("Later copy.", TimeSpan.FromMinutes(5))));
        var late = await WireDeskProcess.RunAsync("ingest", update, "--data", _data, "--source", "reuters");
        Assert.StartsWith($"stored {id} the story was killed", late.Output);

        var audit = await WireDeskProcess.RunAsync("audit", id, "--data", _data);
        var actions = audit.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Contains(actions, l => l.Contains("withheld by editor:asha"));
        Assert.Contains(actions, l => l.Contains("released by editor:asha"));
        Assert.Contains(actions, l => l.Contains("killed by editor:asha") && l.Contains("legal advice"));
        Assert.Contains(actions, l => l.Contains("storedonly by agency:"));
    }

    [Fact]
    public async Task Rejected_files_are_reported_with_the_reason_and_a_failing_exit_code()
    {
        var garbage = Write("garbage.bin", [0x00, 0xFF, 0x13, 0x00, 0x42, 0x00, 0x7F, 0x00]);
        var run = await WireDeskProcess.RunAsync("ingest", garbage, "--data", _data);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"rejected {garbage} binary content", run.Output);
    }

    [Fact]
    public async Task The_demo_loads_its_sample_copy_in_every_agency_style()
    {
        var run = await WireDeskProcess.RunAsync("demo", "--no-serve");
        Assert.Equal(0, run.ExitCode);
        var published = run.Output.Split('\n').Count(l => l.TrimStart().StartsWith("published /", StringComparison.Ordinal));
        Assert.True(published >= 12, run.Output);
        Assert.Contains("embargoed", run.Output);
        Assert.DoesNotContain("rejected", run.Output);
    }
}
