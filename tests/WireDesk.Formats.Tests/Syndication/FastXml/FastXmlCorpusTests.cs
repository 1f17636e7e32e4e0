using WireDesk.Formats.Syndication.FastXml;

namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>The fast reader over real and generated feeds: read exactly as the standard reader reads them, and most
/// of the well-formed ones read without falling back.</summary>
public sealed class FastXmlCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_feedparser_corpus_file_reads_alike_or_falls_back_and_most_well_formed_ones_are_accepted()
    {
        int files = 0, wellFormed = 0, accepted = 0;
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, text) in FastXmlDocuments.Corpus())
        {
            files++;
            var outcome = Compare(name, text);
            Compare(name, text, skipSeed: files);
            if (outcome.StandardAccepted) wellFormed++;
            if (outcome.Accepted) accepted++;
            else if (outcome.StandardAccepted)
            {
                if (!reasons.TryGetValue(outcome.BailReason!, out var list)) reasons[outcome.BailReason!] = list = [];
                list.Add(name);
            }
        }

        output.WriteLine($"feedparser corpus: {files} XML files, {wellFormed} read by the standard reader, {accepted} read by the fast reader " +
            $"({100.0 * accepted / wellFormed:F1}% of the well-formed)");
        foreach (var (reason, names) in reasons.OrderByDescending(r => r.Value.Count))
            output.WriteLine($"  falls back {names.Count}x: {reason} (e.g. {string.Join(", ", names.Take(3))})");
        Assert.True(accepted >= 0.9 * wellFormed, $"the fast reader accepts only {accepted} of {wellFormed} well-formed corpus files");
    }

    [Fact]
    public void Every_syndication_sample_reads_alike()
    {
        foreach (var (name, text) in FastXmlDocuments.Samples())
        {
            var outcome = Compare(name, text);
            Compare(name, text, skipSeed: 7);
            output.WriteLine($"{name}: {(outcome.Accepted ? "accepted" : "falls back: " + outcome.BailReason)}, {outcome.Nodes} nodes");
            if (outcome.StandardAccepted) Assert.True(outcome.Accepted, $"{name}: {outcome.BailReason}");
        }
    }

    [Fact]
    public void An_rss_feed_shaped_like_the_benchmark_feeds_is_accepted_and_reads_alike()
    {
        var outcome = FastXmlLockstep.Compare(FastXmlDocuments.Rss(items: 30));
        Assert.True(outcome.Accepted, outcome.BailReason);
        Assert.True(outcome.Nodes > 30 * 20);
    }

    [Fact]
    public void An_atom_feed_shaped_like_the_benchmark_feeds_is_accepted_and_reads_alike()
    {
        var outcome = FastXmlLockstep.Compare(FastXmlDocuments.Atom(entries: 30));
        Assert.True(outcome.Accepted, outcome.BailReason);
        Assert.True(outcome.Nodes > 30 * 20);
    }

    [Fact]
    public void The_benchmark_feeds_on_disk_are_all_accepted_when_present()
    {
        var folders = new[] { "/tmp/wiredesk-feeds/rss", "/tmp/wiredesk-feeds/atom" }.Where(Directory.Exists).ToList();
        if (folders.Count == 0) WireDesk.Tests.Requires.Missing("the benchmark feeds are not written (bench/feeds/write_feeds.py /tmp/wiredesk-feeds)");
        foreach (var path in folders.SelectMany(f => Directory.GetFiles(f, "*.xml").Order(StringComparer.Ordinal).Take(5)))
        {
            var outcome = FastXmlLockstep.Compare(FastXmlDocuments.Prepare(File.ReadAllBytes(path), path));
            Assert.True(outcome.Accepted, $"{path}: {outcome.BailReason}");
        }
    }

    private static LockstepOutcome Compare(string name, string text, int? skipSeed = null)
    {
        try
        {
            return FastXmlLockstep.Compare(text, skipSeed);
        }
        catch (Exception ex) when (ex is not FastXmlUnsupportedException)
        {
            throw new InvalidOperationException($"{name}{(skipSeed is null ? "" : " (with skips)")}: {ex.Message}", ex);
        }
    }
}
