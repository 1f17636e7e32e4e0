using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>
/// The fast reader may be run on decoded text before <see cref="FeedXmlRepair"/> has seen it: whatever it accepts
/// there must be text the repair leaves exactly as it is (same text, no recovery, no warning), so skipping the
/// repair for it changes nothing.
/// </summary>
public sealed class FastXmlUnrepairedTextTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_corpus_file_the_fast_reader_accepts_unrepaired_is_one_the_repair_leaves_alone()
    {
        var (files, accepted) = CheckAll(FastXmlDocuments.RawCorpus());
        output.WriteLine($"feedparser corpus: {files} XML files, {accepted} accepted by the fast reader without repair");
        Assert.True(accepted > files / 2, $"only {accepted} of {files} accepted unrepaired: the check proves little");
    }

    [Fact]
    public void Every_sample_the_fast_reader_accepts_unrepaired_is_one_the_repair_leaves_alone()
    {
        var (files, accepted) = CheckAll(FastXmlDocuments.RawSamples());
        output.WriteLine($"samples: {files} XML files, {accepted} accepted by the fast reader without repair");
        Assert.True(accepted > 0);
    }

    [Theory]
    [InlineData("<a>it&#146;s</a>")]
    [InlineData("<a>&#128;</a>")]
    [InlineData("<a>&#159;</a>")]
    [InlineData("<a>&#x80;</a>")]
    [InlineData("<a>&#x9F;</a>")]
    [InlineData("<a>&#x9f;</a>")]
    [InlineData("<a>&#0000150;</a>")]
    [InlineData("<a>&#x0081;</a>")]
    [InlineData("<a b=\"&#147;q&#148;\"/>")]
    public void A_character_reference_to_a_c1_control_makes_it_give_up(string xml)
    {
        var outcome = FastXmlLockstep.Compare(xml);
        Assert.False(outcome.Accepted);
        Assert.Equal("a character reference to a C1 control", outcome.BailReason);
    }

    [Theory]
    [InlineData("<a>&#127;&#160;&#xA0;&#x7F;</a>")]
    [InlineData("<a b=\"&#127;&#xA0;\"/>")]
    public void Character_references_just_outside_the_c1_controls_are_still_read(string xml)
    {
        var outcome = FastXmlLockstep.Compare(xml);
        Assert.True(outcome.Accepted, outcome.BailReason);
        AssertRepairLeavesAlone("inline", xml);
    }

    private static (int Files, int Accepted) CheckAll(IEnumerable<(string Name, string Text)> documents)
    {
        int files = 0, accepted = 0;
        foreach (var (name, raw) in documents)
        {
            files++;
            LockstepOutcome outcome;
            try
            {
                outcome = FastXmlLockstep.Compare(raw);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"{name}: {ex.Message}", ex);
            }

            if (!outcome.Accepted) continue;
            accepted++;
            AssertRepairLeavesAlone(name, raw);
        }

        return (files, accepted);
    }

    private static void AssertRepairLeavesAlone(string name, string raw)
    {
        var repaired = FeedXmlRepair.Prepare(raw, 1 << 20);
        Assert.True(repaired.Text == raw, $"{name}: the fast reader accepts it unrepaired, but the repair changes it");
        Assert.True(repaired.Recoveries.Count == 0, $"{name}: accepted unrepaired, but the repair recovers: {string.Join("; ", repaired.Recoveries)}");
        Assert.True(repaired.Warnings.Count == 0, $"{name}: accepted unrepaired, but the repair warns: {string.Join("; ", repaired.Warnings)}");
    }
}
