using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Anpa;

public sealed class AnpaSampleTests
{
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);

    [Fact]
    public void A_basic_story_reads_header_headline_byline_dateline_paragraphs_and_trailer()
    {
        var story = AnpaSamples.Story("obit-smith.txt");

        Assert.Equal("anpa-1312", story.Format);
        Assert.Equal("ap-wire", story.Source);
        Assert.Equal("AP", story.Agency);
        Assert.Equal(1, story.Version);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 0, Est), story.VersionCreated);
        Assert.Equal(Est, story.VersionCreated!.Value.Offset);
        Assert.Equal("John Smith, founder of Smith Tools, dies at 90", story.Headline);
        Assert.Equal("By JANE DOE, Associated Press Writer", story.Byline);
        Assert.Equal("BC-US-Obit-Smith", story.Slugline);
        Assert.Equal(4, story.Priority);
        Assert.Equal([new Subject("a", "Domestic general news", "anpa-1312-category")], story.Subjects);
        Assert.Equal(
            [
                "DENVER (AP) _ John Smith, who turned a garage workshop into one of the West's largest toolmakers, died Friday at his home in Denver. He was 90.",
                "His daughter, Mary Smith, said he died peacefully in his sleep.",
                "Smith founded Smith Tools in 1961 and ran it for four decades.",
                "He is survived by his wife of 65 years, three children and seven grandchildren.",
            ],
            story.Body.Paragraphs);
        Assert.Equal("DENVER (AP) _", story.Dateline?.Text);
        Assert.Equal("DENVER", story.Dateline?.Place);
        Assert.Equal("AP", story.Dateline?.Agency);
        Assert.Null(story.EdNote);
        Assert.Null(story.Embargo);
        Assert.Null(story.CorrectionNote);
        Assert.Equal(StoryIdentity.ContentHash(story.Body), story.ContentHash);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void The_guid_is_derived_from_agency_slug_and_date_not_from_the_headline()
    {
        var story = AnpaSamples.Story("obit-smith.txt");

        Assert.Equal(StoryIdentity.DerivedGuid("AP", "us-obit-smith", 1, 9), story.Guid);
        Assert.NotEqual(StoryIdentity.DerivedGuid("AP", story.Headline, 1, 9), story.Guid);
    }

    [Fact]
    public void A_first_lead_write_thru_keeps_the_guid_and_is_version_2_with_the_update_signal()
    {
        var original = AnpaSamples.Story("obit-smith.txt");
        var writeThru = AnpaSamples.Story("obit-smith-1stld.txt");

        Assert.Equal(original.Guid, writeThru.Guid);
        Assert.Equal(2, writeThru.Version);
        Assert.Equal(Signals.Update, writeThru.Signals);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 17, 42, 0, Est), writeThru.VersionCreated);
        Assert.Equal(5, writeThru.Body.Paragraphs.Count);
        Assert.Equal("A funeral is planned for Tuesday at St. John's Cathedral in Denver.", writeThru.Body.Paragraphs[^1]);
    }

    [Fact]
    public void An_eds_note_becomes_the_ed_note_and_never_body_text()
    {
        var story = AnpaSamples.Story("obit-smith-1stld.txt");

        Assert.Equal("Eds: UPDATES with funeral arrangements; ADDS 5th graf. With AP Photos.", story.EdNote);
        Assert.Equal("John Smith, founder of Smith Tools, dies at 90", story.Headline);
        Assert.DoesNotContain(story.Body.Paragraphs, p => p.Contains("Eds", StringComparison.Ordinal));
        Assert.DoesNotContain("UPDATES", story.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kill_advisory_cancels_the_same_guid_with_the_kill_signal()
    {
        var original = AnpaSamples.Story("obit-smith.txt");
        var kill = AnpaSamples.Story("obit-smith-kill.txt");

        Assert.Equal(original.Guid, kill.Guid);
        Assert.Equal(PubStatus.Canceled, kill.PubStatus);
        Assert.True(kill.Signals.HasFlag(Signals.Kill));
        Assert.Null(kill.Version);
        Assert.Equal(2, kill.Priority);
        Assert.StartsWith("Eds: KILL BC-US-Obit-Smith.", kill.EdNote);
        Assert.Contains("KILL", kill.EdNote!.Split('\n'));
    }

    [Fact]
    public void A_correction_carries_the_signal_and_the_note_without_the_eds_address()
    {
        var story = AnpaSamples.Story("storm-correction.txt");

        Assert.Equal(Signals.Correction, story.Signals);
        Assert.Equal("CORRECTS spelling of mayor's name to Hendricks, not Hendrix, in 3rd graf.", story.CorrectionNote);
        Assert.Equal("Eds: CORRECTS spelling of mayor's name to Hendricks, not Hendrix, in 3rd graf.", story.EdNote);
        Assert.Null(story.Version);
        Assert.Equal("Storm tears roofs off homes in eastern Kansas", story.Headline);
        Assert.Equal("TOPEKA, Kan. (AP) _", story.Dateline?.Text);
        Assert.Equal("\"We were lucky no one was killed,\" Mayor Ann Hendricks said.", story.Body.Paragraphs[^1]);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 9, 12, 0, Est), story.VersionCreated);
    }

    [Fact]
    public void An_embargoed_until_advisory_holds_the_story_until_that_instant()
    {
        var story = AnpaSamples.Story("jobs-embargo.txt");

        Assert.Equal(new Embargo(new DateTimeOffset(2026, 1, 10, 8, 30, 0, Est)), story.Embargo);
        Assert.Equal("Embargoed until January 10, 2026 8:30 a.m. EST", story.EdNote);
        Assert.Equal("Employers add 210,000 jobs in December", story.Headline);
        Assert.Equal("By MARTIN KEANE, AP Economics Writer", story.Byline);
        Assert.Equal(6, story.Priority);
        Assert.Equal("Financial", story.Subjects[0].Name);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(1, story.Version);
    }
}
