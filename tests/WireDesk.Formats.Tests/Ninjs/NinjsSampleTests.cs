using WireDesk.Core.Stories;

namespace WireDesk.Formats.Tests.Ninjs;

/// <summary>Our own ninjs samples for what the IPTC ones do not show: embargo, update, correction, cancel, arrays.</summary>
public sealed class NinjsSampleTests
{
    private static readonly TimeSpan Ist = new(5, 30, 0);

    [Fact]
    public void A_ninjs_1_embargoed_time_holds_the_story_until_then()
    {
        var story = NinjsTestKit.Sample("embargo-1x.json");

        Assert.Equal(new Embargo(new DateTimeOffset(2026, 1, 10, 11, 0, 0, Ist)), story.Embargo);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 10, Ist), story.VersionCreated);
        Assert.Equal("ANI", story.Agency);
        Assert.Equal("Finance ministry to present interim budget on Saturday", story.Headline);
        Assert.Equal(
            ["New Delhi [India], January 9 (ANI): The finance ministry will present the interim budget on Saturday, officials said.", "The session begins at 11 am."],
            story.Body.Paragraphs);
        Assert.Equal("New Delhi [India], January 9 (ANI):", story.Dateline?.Text);
        Assert.Equal((1, 9, 2026), (story.Dateline?.Month, story.Dateline?.Day, story.Dateline?.Year));
        Assert.Equal("IN", story.Dateline?.Country);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_ninjs_3_embargoed_until_with_a_short_offset_holds_the_story_until_then()
    {
        var story = NinjsTestKit.Sample("embargo-3x.json");

        Assert.Equal(new Embargo(new DateTimeOffset(2026, 1, 10, 11, 0, 0, Ist)), story.Embargo);
        Assert.Equal(Ist, story.VersionCreated!.Value.Offset);
        Assert.Equal(2, story.Body.Paragraphs.Count);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void The_wrong_embargo_name_for_the_version_is_still_honoured_with_a_warning()
    {
        var result = NinjsTestKit.ParseText("""
            {"uri": "urn:x", "versionCreated": "2026-01-09T10:00:00Z", "embargoed": "2026-01-10T10:00:00Z",
             "headlines": [{"role": "main", "value": "H"}], "bodies": [{"role": "main", "value": "B"}]}
            """);

        var story = Assert.Single(result.Stories);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero), story.Embargo?.Until);
        Assert.Contains("embargo: ninjs 3.x names it 'embargoedUntil'; 'embargoed' honoured", story.Warnings);
    }

    [Fact]
    public void An_embargo_that_cannot_be_read_or_has_no_time_holds_until_released()
    {
        var unreadable = Assert.Single(NinjsTestKit.ParseText("""{"uri": "urn:x", "headline": "H", "body_text": "B", "embargoed": "when the minister speaks"}""").Stories);
        var flag = Assert.Single(NinjsTestKit.ParseText("""{"uri": "urn:y", "headline": "H", "body_text": "B", "embargoed": true}""").Stories);

        Assert.Equal(new Embargo(null), unreadable.Embargo);
        Assert.Contains("embargoed: cannot read 'when the minister speaks' as a date", unreadable.Warnings);
        Assert.Equal(new Embargo(null), flag.Embargo);
    }

    [Fact]
    public void A_second_version_with_a_correcting_ed_note_is_an_update_and_a_correction_of_the_same_guid()
    {
        var first = NinjsTestKit.Sample("story-v1-3x.json");
        var second = NinjsTestKit.Sample("story-v2-correction-3x.json");

        Assert.Equal(first.Guid, second.Guid);
        Assert.Equal(1, first.Version);
        Assert.Equal(Signals.None, first.Signals);
        Assert.Equal(2, second.Version);
        Assert.Equal(Signals.Update | Signals.Correction, second.Signals);
        Assert.Equal("CORRECTS day of the talks to Friday, not Thursday, in 1st paragraph.", second.CorrectionNote);
        Assert.Equal(second.CorrectionNote, second.EdNote);
        Assert.Equal(first.FirstCreated, second.FirstCreated);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 21, 21, 54, Ist), second.VersionCreated);
        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void A_canceled_item_is_a_kill_of_its_guid()
    {
        var first = NinjsTestKit.Sample("story-v1-3x.json");
        var canceled = NinjsTestKit.Sample("canceled-2x.json");

        Assert.Equal(first.Guid, canceled.Guid);
        Assert.Equal(PubStatus.Canceled, canceled.PubStatus);
        Assert.True(canceled.Signals.HasFlag(Signals.Kill));
        Assert.Equal("Story withdrawn: the talks were postponed. A new story will follow.", canceled.EdNote);
        Assert.Null(canceled.CorrectionNote);
    }

    [Fact]
    public void An_array_of_items_gives_each_readable_item_and_an_error_naming_the_unreadable_one()
    {
        var result = NinjsTestKit.SampleResult("items-array.json");

        Assert.Equal(2, result.Stories.Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal("items-array.json item 2", error.Where);
        Assert.Equal("the required 'uri' is missing", error.Message);

        var withheld = result.Stories[0];
        Assert.Equal("http://api.ap.org/media/v/content/0123456789abcdef", withheld.Guid);
        Assert.Equal(PubStatus.Withheld, withheld.PubStatus);
        Assert.Equal("AP", withheld.Agency);
        Assert.Equal("DENVER (AP) —", withheld.Dateline?.Text);

        var second = result.Stories[1];
        Assert.Equal("urn:example:second", second.Guid);
        Assert.Null(second.VersionCreated);
        Assert.Contains("versionCreated: cannot read 'not a date' as a date", second.Warnings);
        Assert.Null(second.Agency);
    }

    [Fact]
    public void The_sources_default_agency_is_used_when_the_item_names_none()
    {
        var story = Assert.Single(NinjsTestKit.ParseText(
            """{"uri": "urn:z", "headline": "H", "body_text": "No dateline here."}""",
            NinjsTestKit.Context with { DefaultAgency = "PTI" }).Stories);

        Assert.Equal("PTI", story.Agency);
    }

    [Theory]
    [InlineData("CORRECTED-Oil falls on supply worries", Signals.Correction)]
    [InlineData("UPDATE 2-Oil falls on supply worries", Signals.Update)]
    [InlineData("CORRECTED-UPDATE 1-Oil falls on supply worries", Signals.Correction | Signals.Update)]
    [InlineData("Oil falls on supply worries", Signals.None)]
    public void Reuters_headline_prefixes_signal_what_they_say(string headline, Signals expected)
    {
        var story = Assert.Single(NinjsTestKit.ParseText($$"""{"uri": "urn:r", "headline": "{{headline}}", "body_text": "B"}""").Stories);

        Assert.Equal(expected, story.Signals);
        Assert.Equal(headline, story.Headline);
    }
}
