using WireDesk.Formats.Anpa;

namespace WireDesk.Formats.Tests.Anpa;

public sealed class AnpaTrailerReaderTests
{
    [Fact]
    public void The_AP_trailer_gives_agency_desk_date_and_a_date_text_the_wire_date_parser_reads()
    {
        var trailer = AnpaTrailerReader.Read("AP-NY-01-09-26 1555EST<");

        Assert.NotNull(trailer);
        Assert.Equal("AP", trailer.Agency);
        Assert.Equal("NY", trailer.Desk);
        Assert.Equal(1, trailer.Month);
        Assert.Equal(9, trailer.Day);
        Assert.Equal("09 Jan 2026 15:55 EST", trailer.DateText);
    }

    [Fact]
    public void A_trailer_without_a_zone_leaves_the_zone_to_the_source()
    {
        Assert.Equal("31 Dec 1999 23:59", AnpaTrailerReader.Read("AP-WA-12-31-99 2359")?.DateText);
    }

    [Theory]
    [InlineData("AP-NY-13-09-26 1555EST")]
    [InlineData("AP-NY-01-09-26 2555EST")]
    [InlineData("The AP said on 01-09-26")]
    [InlineData("")]
    public void Lines_that_are_not_trailers_give_nothing(string line) =>
        Assert.Null(AnpaTrailerReader.Read(line));
}
