using WireDesk.Core.Stories;
using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

public sealed class InBandLineTests
{
    private const string Lead = "Mumbai, Mar 3 (PTI) The BSE Sensex rose 300 points in early trade on Tuesday.";

    private static Story Single(string text)
    {
        var result = ParseText(text);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }

    [Fact]
    public void An_embargo_line_without_a_time_holds_the_story_until_released()
    {
        var story = Single($"EMBARGOED\nSensex rises\n{Lead}\n");

        Assert.NotNull(story.Embargo);
        Assert.True(story.Embargo.IsOpenEnded);
    }

    [Fact]
    public void An_embargo_time_that_cannot_be_read_holds_the_story_and_warns()
    {
        var story = Single($"Embargoed until the minister speaks\nSensex rises\n{Lead}\n");

        Assert.True(story.Embargo!.IsOpenEnded);
        Assert.Contains("embargo: cannot read 'the minister speaks' as a date", story.Warnings);
    }

    [Fact]
    public void An_embargo_time_in_a_named_zone_is_read_with_its_offset()
    {
        var story = Single($"HOLD FOR RELEASE UNTIL March 4, 2026 06:00 IST\nSensex rises\n{Lead}\n");

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 6, 0, 0, TimeSpan.FromMinutes(330)), story.Embargo!.Until);
    }

    [Fact]
    public void Editors_notes_before_and_inside_the_copy_are_ednote_not_body()
    {
        var story = Single($"Sensex rises\nEds: Adds index close.\n{Lead}\nEditors note: Figures are provisional.\nThe Nifty also rose.\n");

        Assert.Equal("Eds: Adds index close.\nEditors note: Figures are provisional.", story.EdNote);
        Assert.Equal([Lead, "The Nifty also rose."], story.Body.Paragraphs);
    }

    [Fact]
    public void An_elimination_line_carrying_the_headline_cancels_even_without_a_body()
    {
        var story = Single("ELIMINATION - Sensex rises\n");

        Assert.Equal("Sensex rises", story.Headline);
        Assert.Equal(PubStatus.Canceled, story.PubStatus);
        Assert.Equal(Signals.Kill, story.Signals);
        Assert.True(story.Body.IsEmpty);
    }

    [Fact]
    public void Kill_in_ordinary_words_is_not_an_advisory()
    {
        var story = Single($"Kill switch for scooters ordered\n{Lead}\n");

        Assert.Equal("Kill switch for scooters ordered", story.Headline);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(Signals.None, story.Signals);
    }

    [Fact]
    public void An_update_prefix_signals_an_update()
    {
        var story = Single($"UPDATE 2-Sensex rises\n{Lead}\n");

        Assert.Equal(Signals.Update, story.Signals);
    }

    [Fact]
    public void The_default_agency_applies_when_the_copy_names_none()
    {
        var result = ParseText("Council meets\nThe council met on Tuesday.\n", Context with { DefaultAgency = "UNI" });

        var story = Assert.Single(result.Stories);
        Assert.Equal("UNI", story.Agency);
        Assert.StartsWith("urn:wiredesk:derived:uni:", story.Guid, StringComparison.Ordinal);
    }
}
