using NodaTime;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class DatelineParserTests
{
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    [Fact]
    public void A_republished_ani_dateline_without_agency_is_read()
    {
        var d = DatelineParser.Match("Washington DC [US], January 9 : US President Donald Trump announced on Friday")!;

        Assert.Equal("Washington DC [US], January 9 :", d.Text);
        Assert.Equal("Washington DC", d.Place);
        Assert.Null(d.Region);
        Assert.Equal("US", d.Country);
        Assert.Equal(1, d.Month);
        Assert.Equal(9, d.Day);
        Assert.Null(d.Agency);
    }

    [Fact]
    public void An_ani_dateline_with_the_state_in_parentheses_is_read()
    {
        var d = DatelineParser.Match("Bhubaneswar (Odisha) [India], March 3 (ANI): The state government said")!;

        Assert.Equal("Bhubaneswar (Odisha) [India], March 3 (ANI):", d.Text);
        Assert.Equal("Bhubaneswar", d.Place);
        Assert.Equal("Odisha", d.Region);
        Assert.Equal("IN", d.Country);
        Assert.Equal((3, 3), (d.Month, d.Day));
        Assert.Equal("ANI", d.Agency);
    }

    [Fact]
    public void An_ani_dateline_without_the_colon_is_read_up_to_the_agency()
    {
        var d = DatelineParser.Match("New Delhi [India], January 9 (ANI) The Union Cabinet met")!;

        Assert.Equal("New Delhi [India], January 9 (ANI)", d.Text);
        Assert.Equal(("New Delhi", "IN", "ANI"), (d.Place, d.Country, d.Agency));
    }

    [Fact]
    public void A_bracketed_place_and_date_without_agency_or_separator_is_not_a_dateline()
    {
        Assert.Null(DatelineParser.Match("Washington DC [US], January 9 was a cold day"));
    }

    [Fact]
    public void A_country_the_table_does_not_know_is_kept_as_written()
    {
        var d = DatelineParser.Match("Springfield [Freedonia], May 2 (ANI): Text")!;

        Assert.Equal("Freedonia", d.Country);
    }

    [Theory]
    [InlineData("Mumbai, Mar 3 (PTI) The Sensex rose", "Mumbai, Mar 3 (PTI)", "Mumbai", 3, 3, "PTI")]
    [InlineData("New Delhi, Jan 9 (IANS) The Union Cabinet", "New Delhi, Jan 9 (IANS)", "New Delhi", 1, 9, "IANS")]
    [InlineData("OSLO, March 3 (Reuters) - Norway's wealth fund", "OSLO, March 3 (Reuters) -", "OSLO", 3, 3, "Reuters")]
    [InlineData("LONDON, Sept. 14 (Reuters) - Sterling fell", "LONDON, Sept. 14 (Reuters) -", "LONDON", 9, 14, "Reuters")]
    public void Place_and_date_datelines_are_read(string lead, string text, string place, int month, int day, string agency)
    {
        var d = DatelineParser.Match(lead)!;

        Assert.Equal(text, d.Text);
        Assert.Equal(place, d.Place);
        Assert.Equal(month, d.Month);
        Assert.Equal(day, d.Day);
        Assert.Equal(agency, d.Agency);
        Assert.Null(d.Country);
    }

    [Theory]
    [InlineData("DENVER, Colo. (AP) — A winter storm", "DENVER, Colo. (AP) —", "DENVER", "Colo.", "AP")]
    [InlineData("DENVER, Colo. (AP) _ A winter storm", "DENVER, Colo. (AP) _", "DENVER", "Colo.", "AP")]
    [InlineData("Lyon (AFP) - French police said", "Lyon (AFP) -", "Lyon", null, "AFP")]
    [InlineData("Berlin (dpa) - Die Regierung", "Berlin (dpa) -", "Berlin", null, "dpa")]
    public void Place_and_agency_datelines_without_a_date_are_read(string lead, string text, string place, string? region, string agency)
    {
        var d = DatelineParser.Match(lead)!;

        Assert.Equal(text, d.Text);
        Assert.Equal(place, d.Place);
        Assert.Equal(region, d.Region);
        Assert.Equal(agency, d.Agency);
        Assert.Null(d.Month);
        Assert.Null(d.Day);
    }

    [Theory]
    [InlineData("US President Donald Trump announced on Friday that he has cancelled")]
    [InlineData("The minister (BJP) said the bill would pass")]
    [InlineData("Sales rose, March 3 figures show")]
    [InlineData("")]
    public void Ordinary_lead_sentences_have_no_dateline(string lead)
    {
        Assert.Null(DatelineParser.Match(lead));
    }

    [Fact]
    public void An_impossible_day_is_not_a_dateline()
    {
        Assert.Null(DatelineParser.Match("Mumbai, Feb 31 (PTI) Text"));
    }

    [Theory]
    [InlineData(1, 9, "2026-01-09T15:55:10+05:30", 2026)]
    [InlineData(12, 31, "2026-01-01T00:30:00+05:30", 2025)]
    [InlineData(1, 1, "2025-12-31T23:00:00+05:30", 2026)]
    [InlineData(7, 1, "2026-01-05T12:00:00+05:30", 2025)]
    [InlineData(1, 12, "2026-01-09T12:00:00+05:30", 2026)]
    [InlineData(2, 29, "2026-03-01T12:00:00+05:30", 2024)]
    public void The_year_is_inferred_from_the_reference_around_new_year(int month, int day, string reference, int year)
    {
        Assert.Equal(year, DatelineParser.InferYear(month, day, DateTimeOffset.Parse(reference), Kolkata));
    }

    [Fact]
    public void The_reference_is_read_in_the_source_zone_not_in_utc()
    {
        // 2025-12-31T20:00Z is already January 1 in India, so January 8 is within the week's tolerance there
        // but not on a UTC clock, where the reference is still December 31.
        var reference = new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(2026, DatelineParser.InferYear(1, 8, reference, Kolkata));
        Assert.Equal(2025, DatelineParser.InferYear(1, 8, reference, DateTimeZone.Utc));
    }

    [Fact]
    public void A_weekday_after_the_place_is_not_a_region()
    {
        var d = DatelineParser.Match("MOSCOW, Monday (Reuters) - Russia said on Monday it would")!;

        Assert.Equal("MOSCOW, Monday (Reuters) -", d.Text);
        Assert.Equal("MOSCOW", d.Place);
        Assert.Null(d.Region);
        Assert.Equal("Reuters", d.Agency);
    }

    [Theory]
    [InlineData("BERLIN, Tues. (AP) — The government said")]
    [InlineData("PARIS, Sunday (AFP) - Police said")]
    [InlineData("TOKYO, Thurs (Reuters) - Shares rose")]
    public void Abbreviated_and_other_weekdays_are_not_regions_either(string lead)
    {
        var d = DatelineParser.Match(lead)!;

        Assert.NotNull(d.Place);
        Assert.Null(d.Region);
    }

    [Fact]
    public void A_weekday_before_the_date_is_not_a_region()
    {
        var d = DatelineParser.Match("LONDON, Friday, Jan 9 (Reuters) - Britain's economy")!;

        Assert.Equal(("LONDON", null, 1, 9, "Reuters"), (d.Place, d.Region, d.Month, d.Day, d.Agency));
    }
}
