using NodaTime;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class WireDateParserTests
{
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
    private static readonly TimeSpan Ist = new(5, 30, 0);

    private static (WireDate? Date, List<string> Warnings) Read(string? text, DateTimeZone? zone = null)
    {
        var warnings = new List<string>();
        return (WireDateParser.Parse(text, zone ?? Kolkata, warnings, "pubDate"), warnings);
    }

    [Theory]
    [InlineData("2026-01-09T15:55:10+5:30")]
    [InlineData("2026-01-09T15:55:10+05:30")]
    [InlineData("2026-01-09T15:55:10+0530")]
    [InlineData("20260109T155510+0530")]
    [InlineData("2026-01-09T10:25:10Z")]
    [InlineData("2026-01-09T10:25:10.000Z")]
    [InlineData("Fri, 09 Jan 2026 15:55:10 +0530")]
    [InlineData("Fri, 09 Jan 2026 15:55:10 IST")]
    [InlineData("Fri, 9 Jan 26 10:25:10 GMT")]
    [InlineData("09 Jan 2026 10:25:10 UT")]
    [InlineData("Fri, 09 Jan 2026 05:25:10 EST")]
    [InlineData("Fri, 09 Jan 2026 06:25:10 EDT")]
    [InlineData("Fri, 09 Jan 2026 11:25:10 CET")]
    [InlineData("Fri, 09 Jan 2026 12:25:10 CEST")]
    [InlineData("Fri, 09 Jan 2026 11:25:10 BST")]
    [InlineData("Fri, 09 Jan 2026 20:25:10 AEST")]
    [InlineData("Fri, 09 Jan 2026 19:25:10 JST")]
    [InlineData("Fri, 09 Jan 2026 10:25:10 Z")]
    [InlineData("Fri, 09 Jan 2026 05:25:10 R")]
    [InlineData("Fri, 09 Jan 2026 11:25:10 A")]
    [InlineData("January 9, 2026 15:55:10 IST")]
    [InlineData("Jan 9, 2026 3:55:10 PM IST")]
    [InlineData("2026-01-09 15:55:10 Asia/Kolkata")]
    [InlineData("1767954310")]
    public void Every_supported_form_reads_as_the_same_instant(string text)
    {
        var (date, warnings) = Read(text);

        Assert.NotNull(date);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 10, Ist).UtcDateTime, date.Value.UtcDateTime);
        Assert.Empty(warnings);
    }

    [Fact]
    public void The_nonstandard_plus_5_30_offset_is_kept_as_written()
    {
        var (date, _) = Read("2026-01-09T21:21:54+5:30");

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 21, 21, 54, Ist), date!.Value);
        Assert.Equal(Ist, date.Value.Offset);
    }

    [Fact]
    public void A_named_zone_keeps_its_offset_rather_than_turning_into_utc()
    {
        var (ist, _) = Read("January 9, 2026 15:55 IST");
        var (est, _) = Read("Fri, 09 Jan 2026 05:25:10 EST");

        Assert.Equal(Ist, ist!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), est!.Value.Offset);
        Assert.Contains("IST", ist.Provenance);
    }

    [Fact]
    public void A_time_without_an_offset_is_read_in_the_default_zone_and_says_so()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var (date, warnings) = Read("2026-07-04T09:00:00", newYork);

        Assert.Equal(new DateTimeOffset(2026, 7, 4, 9, 0, 0, TimeSpan.FromHours(-4)), date!.Value);
        Assert.Contains("America/New_York", date.Provenance);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_date_alone_is_midnight_in_the_default_zone()
    {
        var (date, _) = Read("2026-01-09");

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 0, 0, 0, Ist), date!.Value);
    }

    [Fact]
    public void A_basic_date_alone_is_read()
    {
        var (date, _) = Read("20260109");

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 0, 0, 0, Ist), date!.Value);
    }

    [Fact]
    public void An_unknown_zone_name_reads_in_the_default_zone_with_a_warning()
    {
        var (date, warnings) = Read("Fri, 09 Jan 2026 15:55:10 XYZT");

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 10, Ist), date!.Value);
        Assert.Contains(warnings, w => w.StartsWith("pubDate: unknown zone 'XYZT'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("yesterday afternoon")]
    [InlineData("2026-13-45T99:00:00Z")]
    [InlineData("Feb 30, 2026")]
    [InlineData("31 Foo 2026 10:00 GMT")]
    public void Unreadable_text_is_null_with_a_warning_never_now(string text)
    {
        var (date, warnings) = Read(text);

        Assert.Null(date);
        Assert.Equal([$"pubDate: cannot read '{text}' as a date"], warnings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void No_text_is_no_date_and_no_warning(string? text)
    {
        var (date, warnings) = Read(text);

        Assert.Null(date);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Epoch_seconds_are_utc()
    {
        var (date, _) = Read("1767954310");

        Assert.Equal(TimeSpan.Zero, date!.Value.Offset);
        Assert.Contains("epoch", date.Provenance);
    }

    // The commonest shapes are read without a regex; a neighbouring shape that the general patterns read must give
    // the same date, offset and kind of provenance.
    [Theory]
    [InlineData("2026-01-09T15:55:10.123+05:30", "2026-01-09 15:55:10.123+05:30")]
    [InlineData("2026-01-09T15:55:10.5-04:00", "2026-01-09 15:55:10.5-04:00")]
    [InlineData("2026-01-09T15:55:10,25Z", "2026-01-09 15:55:10,25Z")]
    [InlineData("2026-01-09T15:55:10+0530", "2026-01-09T15:55:10+05:30")]
    [InlineData("2026-01-09T15:55:10", "2026-01-09 15:55:10")]
    [InlineData("Fri, 09 Jan 2026 15:55:10 +0530", "Friday, 09 Jan 2026 15:55:10 +0530")]
    [InlineData("Fri, 9 Jan 2026 10:25 GMT", "Friday, 9 Jan 2026 10:25 GMT")]
    [InlineData("09 Jan 2026 15:55:10 -0800", "09 Jan 2026 15:55:10 -08:00")]
    [InlineData("Sat, 29 Feb 2020 23:59:59 pdt", "Sat, 29 Feb 2020 23:59:59 (pdt)")]
    public void The_regex_free_shapes_read_as_the_general_patterns_do(string fast, string general)
    {
        var (expected, expectedWarnings) = Read(general);
        var (actual, warnings) = Read(fast);

        Assert.Equal(expected!.Value, actual!.Value);
        Assert.Equal(expected.Value.Offset, actual.Value.Offset);
        Assert.Equal(expected.Provenance.Split(' ')[0], actual.Provenance.Split(' ')[0]);
        Assert.Equal(expectedWarnings, warnings);
    }

    [Theory]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-01-09T24:00:00Z")]
    [InlineData("2026-01-09T10:00:00+15:00")]
    [InlineData("Fri, 31 Feb 2026 10:00:00 GMT")]
    [InlineData("Fri, 09 Jan 2026 25:00:00 GMT")]
    public void Impossible_dates_in_the_common_shapes_are_warnings_not_dates(string text)
    {
        var (date, warnings) = Read(text);

        Assert.Null(date);
        Assert.Single(warnings);
    }
}
