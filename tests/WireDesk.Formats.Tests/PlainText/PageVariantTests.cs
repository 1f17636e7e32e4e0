using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

public sealed class PageVariantTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromMinutes(330);

    [Fact]
    public void A_time_line_without_by_and_stamps_on_their_own_line_are_chrome_with_times()
    {
        var result = ParseText(
            "Council approves budget\nPublished: January 9, 2026 10:00 IST\n2026-01-09T12:30:00+05:30\n" +
            "New Delhi [India], January 9 (ANI): The city council approved the budget.\nOpen in app\n");

        var story = Assert.Single(result.Stories);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 10, 0, 0, Ist), story.FirstCreated);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 12, 30, 0, Ist), story.VersionCreated);
        Assert.Null(story.Byline);
        Assert.Equal(["New Delhi [India], January 9 (ANI): The city council approved the budget."], story.Body.Paragraphs);
    }

    [Fact]
    public void A_lead_opening_with_published_is_body_not_a_time_line()
    {
        var result = ParseText("Report on roads\nPublished reports say the roads are in poor shape.\nThe ministry disagreed.\n");

        var story = Assert.Single(result.Stories);
        Assert.Equal(["Published reports say the roads are in poor shape.", "The ministry disagreed."], story.Body.Paragraphs);
    }

    [Fact]
    public void Copy_that_opens_with_its_dateline_has_no_headline_and_is_an_error()
    {
        var result = ParseText("Mumbai, Mar 3 (PTI) The BSE Sensex rose 300 points.\nThe Nifty also rose.\n");

        Assert.Empty(result.Stories);
        Assert.Contains("no headline", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_year_steps_back_for_a_new_year_page()
    {
        var result = ParseText(
            "Year-end rush at airports\nBy PTI | Updated: January 1, 2026 00:40 IST2026-01-01T00:40:00+05:30\n" +
            "New Delhi, Dec 31 (PTI) Airports reported record traffic on the last day of the year.\n");

        var story = Assert.Single(result.Stories);
        Assert.Equal(2025, story.Dateline!.Year);
        Assert.Equal("PTI", story.Agency);
    }

    [Fact]
    public void A_partner_agency_in_the_dateline_is_kept_as_written()
    {
        var result = ParseText("Gulf talks resume\nAbu Dhabi [UAE], January 9 (ANI/WAM): Talks resumed on Friday.\n");

        var story = Assert.Single(result.Stories);
        Assert.Equal("ANI/WAM", story.Dateline!.Agency);
        Assert.Equal("AE", story.Dateline.Country);
        Assert.Equal("ANI/WAM", story.Agency);
    }
}
