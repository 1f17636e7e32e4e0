using WireDesk.Core.Stories;
using WireDesk.Formats.Text;
using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

/// <summary>Bare agency copy in each house style, from samples written for these tests (Samples/PlainText).</summary>
public sealed class AgencySampleTests
{
    [Fact]
    public void Ani_copy_with_the_state_in_parentheses_reads_place_region_country_and_agency()
    {
        var story = ParseSample("ani-bare.txt");

        Assert.Equal("Odisha opens 40 new cyclone shelters in coastal districts", story.Headline);
        Assert.Equal("ANI", story.Agency);
        Assert.Null(story.Byline);
        Assert.Equal(3, story.Body.Paragraphs.Count);
        Assert.StartsWith("Bhubaneswar (Odisha) [India], March 3 (ANI): The Odisha government", story.Body.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("\"Zero casualty remains our goal,\" the authority's managing director told reporters. (ANI)", story.Body.Paragraphs[2]);
        var d = story.Dateline!;
        Assert.Equal("Bhubaneswar (Odisha) [India], March 3 (ANI):", d.Text);
        Assert.Equal(("Bhubaneswar", "Odisha", "IN", 3, 3, "ANI"), (d.Place, d.Region, d.Country, d.Month!.Value, d.Day!.Value, d.Agency));
        Assert.Null(d.Year);
        Assert.Null(story.FirstCreated);
        Assert.Null(story.VersionCreated);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void Pti_copy_is_one_paragraph_per_line_and_keeps_the_sign_off()
    {
        var story = ParseSample("pti-bare.txt");

        Assert.Equal("Sensex rises 300 points on foreign buying", story.Headline);
        Assert.Equal("PTI", story.Agency);
        Assert.Equal("Mumbai, Mar 3 (PTI)", story.Dateline!.Text);
        Assert.Equal((3, 3), (story.Dateline.Month, story.Dateline.Day));
        Assert.Equal(4, story.Body.Paragraphs.Count);
        Assert.Equal("PTI ABC DEF", story.Body.Paragraphs[^1]);
        Assert.Equal(StoryIdentity.DerivedGuid("PTI", story.Headline, 3, 3), story.Guid);
    }

    [Fact]
    public void Reuters_hard_wrapped_copy_joins_wrapped_lines_and_reads_the_byline()
    {
        var story = ParseSample("reuters-wrapped.txt");

        Assert.Equal("Jane Example", story.Byline);
        Assert.Equal("Reuters", story.Agency);
        Assert.Equal("OSLO, March 3 (Reuters) -", story.Dateline!.Text);
        Assert.Equal(
            [
                "OSLO, March 3 (Reuters) - Norway's sovereign wealth fund said on Tuesday it had sold its entire stake in " +
                "Example Shipping Group, a company invented for this test, citing concerns over governance.",
                "The fund, one of the largest investors in the world, did not say how much the stake had been worth when it was sold.",
                "(Reporting by Jane Example; Editing by John Sample)",
            ],
            story.Body.Paragraphs);
    }

    [Fact]
    public void Ap_anpa_copy_with_indented_paragraphs_and_underscore_separator_is_read()
    {
        var story = ParseSample("ap-anpa.txt");

        Assert.Equal("AP", story.Agency);
        Assert.Equal("DENVER, Colo. (AP) _", story.Dateline!.Text);
        Assert.Equal("Colo.", story.Dateline.Region);
        Assert.Null(story.Dateline.Month);
        Assert.Equal(3, story.Body.Paragraphs.Count);
        Assert.Equal("The storm was expected to move east by Wednesday morning.", story.Body.Paragraphs[1]);
        Assert.EndsWith("asked not to be named because this story is invented for a test.", story.Body.Paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Afp_copy_is_read_with_a_dateline_without_date()
    {
        var story = ParseSample("afp-bare.txt");

        Assert.Equal("AFP", story.Agency);
        Assert.Equal("Lyon (AFP) -", story.Dateline!.Text);
        Assert.Equal("Lyon", story.Dateline.Place);
        Assert.Equal(2, story.Body.Paragraphs.Count);
        Assert.Equal(StoryIdentity.DerivedGuid("AFP", story.Headline, null, null), story.Guid);
    }

    [Fact]
    public void An_embargoed_until_line_is_the_embargo_and_not_the_headline()
    {
        var story = ParseSample("embargo.txt");

        Assert.Equal("Budget to raise spending on rural roads", story.Headline);
        Assert.Equal(new Embargo(DateTimeOffset.Parse("2026-03-04T00:01:00+05:30")), story.Embargo);
        Assert.Equal(2, story.Body.Paragraphs.Count);
        Assert.DoesNotContain(story.Body.Paragraphs, p => p.Contains("Embargoed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrected_prefix_signals_a_correction_of_the_same_story()
    {
        var story = ParseSample("correction.txt");
        var original = StoryIdentity.DerivedGuid("Reuters", "Norway's wealth fund sells stake in fictional shipping group", 3, 3);

        Assert.Equal(Signals.Correction, story.Signals);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal("Norway's wealth fund sells stake in fictional shipping group", story.Headline);
        Assert.Equal(original, story.Guid);
        Assert.Equal("(Corrects name of company in paragraph 1)", story.Body.Paragraphs[^1]);
    }

    [Fact]
    public void A_kill_advisory_cancels_the_story_it_names_with_the_note_for_editors_only()
    {
        var killed = ParseSample("kill.txt");
        var original = ParseSample("pti-bare.txt");

        Assert.Equal(PubStatus.Canceled, killed.PubStatus);
        Assert.True(killed.Signals.HasFlag(Signals.Kill));
        Assert.Equal(original.Guid, killed.Guid);
        Assert.Equal("KILL\nEds: Please kill the story. It was sent in error. A replacement will not follow.", killed.EdNote);
        Assert.DoesNotContain(killed.Body.Paragraphs, p => p.StartsWith("Eds:", StringComparison.Ordinal));
        Assert.DoesNotContain(killed.Body.Paragraphs, p => p == "KILL");
    }
}
