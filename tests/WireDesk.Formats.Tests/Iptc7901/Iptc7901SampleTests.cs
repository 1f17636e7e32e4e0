using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Iptc7901;

public sealed class Iptc7901SampleTests
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    [Fact]
    public void A_latin1_dpa_story_reads_keyword_line_headline_paragraphs_signature_and_date_time_group()
    {
        var story = Iptc7901Samples.Story("bundestag-haushalt.latin1.txt");

        Assert.Equal("iptc-7901", story.Format);
        Assert.Equal("windows-1252", story.Encoding);
        Assert.Equal("dpa", story.Agency);
        Assert.Equal("Bundestag-Haushalt", story.Slugline);
        Assert.Equal(4, story.Priority);
        Assert.Equal([new Subject("POL", null, "iptc-7901-category")], story.Subjects);
        Assert.Equal("Bundestag beschließt Haushalt für 2026", story.Headline);
        Assert.Null(story.Byline);
        Assert.Equal(
            [
                "Berlin (dpa) - Der Bundestag hat am Freitag den Bundeshaushalt für 2026 beschlossen. Für den Etat stimmten die Abgeordneten der Koalition, die Opposition stimmte dagegen.",
                "Der Haushalt sieht Ausgaben von rund 520 Milliarden Euro vor. Die Neuverschuldung soll gegenüber dem Vorjahr sinken.",
                "Der Bundesrat muss dem Gesetz noch zustimmen.",
            ],
            story.Body.Paragraphs);
        Assert.Equal("Berlin (dpa) -", story.Dateline?.Text);
        Assert.Equal("dpa", story.Dateline?.Agency);
        // "091555 Jan 26" names no zone: read in the source's zone (Berlin, CET in January).
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 0, Cet), story.VersionCreated);
        Assert.Equal(1, story.Version);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(StoryIdentity.DerivedGuid("dpa", "bundestag-haushalt", 1, 9), story.Guid);
        Assert.StartsWith("encoding: no charset declared", Assert.Single(story.Warnings));
    }

    [Fact]
    public void A_first_lead_write_thru_keeps_the_guid_and_is_version_2_with_the_eds_note_kept_out_of_the_body()
    {
        var original = Iptc7901Samples.Story("coalition.txt");
        var writeThru = Iptc7901Samples.Story("coalition-1stld.txt");

        Assert.Equal(1, original.Version);
        Assert.Equal(original.Guid, writeThru.Guid);
        Assert.Equal(2, writeThru.Version);
        Assert.Equal(Signals.Update, writeThru.Signals);
        Assert.Equal("Eds: UPDATES with chancellor's comments in 3rd paragraph.", writeThru.EdNote);
        Assert.Equal("German coalition agrees on pension reform after all-night talks", writeThru.Headline);
        Assert.Equal(3, writeThru.Body.Paragraphs.Count);
        Assert.DoesNotContain(writeThru.Body.Paragraphs, p => p.Contains("UPDATES", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 12, 45, 0, Cet), writeThru.VersionCreated);
        Assert.Equal(3, writeThru.Priority);
    }

    [Fact]
    public void An_elimination_advisory_cancels_the_same_guid_with_the_kill_signal()
    {
        var original = Iptc7901Samples.Story("coalition.txt");
        var elimination = Iptc7901Samples.Story("coalition-elimination.txt");

        Assert.Equal(original.Guid, elimination.Guid);
        Assert.Equal(PubStatus.Canceled, elimination.PubStatus);
        Assert.Equal(Signals.Kill, elimination.Signals);
        Assert.Null(elimination.Version);
        Assert.Equal(1, elimination.Priority);
        Assert.True(elimination.Body.IsEmpty);
        Assert.Equal(
            "ELIMINATION\nEds: Please eliminate the story Germany-Coalition. The agreement was denied by party leaders. A new story will follow.",
            elimination.EdNote);
    }

    [Fact]
    public void A_correction_advisory_signals_a_correction_with_its_note_and_an_unknown_version()
    {
        var original = Iptc7901Samples.Story("coalition.txt");
        var correction = Iptc7901Samples.Story("coalition-correction.txt");

        Assert.Equal(original.Guid, correction.Guid);
        Assert.Equal(Signals.Correction, correction.Signals);
        Assert.Equal("CORRECTION: Corrects pension level to 48 per cent, not 46 per cent, in 2nd paragraph.", correction.CorrectionNote);
        Assert.Null(correction.Version);
        Assert.Equal(PubStatus.Usable, correction.PubStatus);
        Assert.Equal("German coalition agrees on pension reform after all-night talks", correction.Headline);
    }

    [Fact]
    public void Hold_for_release_without_a_time_is_an_open_ended_embargo()
    {
        var story = Iptc7901Samples.Story("budget-hold.txt");

        Assert.Equal(new Embargo(null), story.Embargo);
        Assert.True(story.Embargo!.IsOpenEnded);
        Assert.Equal("HOLD FOR RELEASE", story.EdNote);
        Assert.Equal("German government raises growth forecast for 2026", story.Headline);
        Assert.Equal("ECO", story.Subjects[0].Code);
        Assert.Empty(story.Warnings);
    }
}
