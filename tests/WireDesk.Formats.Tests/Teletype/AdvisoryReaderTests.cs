using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Tests.Teletype;

public sealed class AdvisoryReaderTests
{
    [Fact]
    public void An_eds_note_is_an_editors_note_whose_note_drops_the_address()
    {
        var advisory = AdvisoryReader.Read("Eds: UPDATES with details.");

        Assert.NotNull(advisory);
        Assert.True(advisory.IsEditorsNote);
        Assert.Equal("UPDATES with details.", advisory.Note);
        Assert.False(advisory.Kill || advisory.Correction || advisory.Embargo);
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("ELIMINATION")]
    [InlineData("WITHDRAWAL of BC-US-Obit-Smith")]
    [InlineData("URGENT KILL")]
    [InlineData("Eds: KILL BC-US-Obit-Smith. Make certain it is not published.")]
    public void Kill_advisories_are_recognised(string line) =>
        Assert.True(AdvisoryReader.Read(line)?.Kill);

    [Theory]
    [InlineData("CORRECTS spelling of name")]
    [InlineData("CORRECTION: Corrects name in 2nd paragraph")]
    [InlineData("Correction: a date was wrong")]
    [InlineData("Corrects the date of the vote")]
    [InlineData("Eds: CORRECTS spelling of mayor's name")]
    public void Correction_advisories_are_recognised(string line) =>
        Assert.True(AdvisoryReader.Read(line)?.Correction);

    [Theory]
    [InlineData("Embargoed until January 10, 2026 8:30 a.m. EST", "January 10, 2026 8:30 a.m. EST")]
    [InlineData("EMBARGOED until 0001 GMT", "0001 GMT")]
    [InlineData("HOLD FOR RELEASE", null)]
    [InlineData("HOLD FOR RELEASE until 6:30 p.m. EST Jan. 10", "6:30 p.m. EST Jan. 10")]
    [InlineData("Eds: Embargoed until 10 Jan 2026 05:00 GMT. With AP Photos.", "10 Jan 2026 05:00 GMT")]
    [InlineData("For release at 2026-01-10T05:00:00Z", "2026-01-10T05:00:00Z")]
    public void Embargo_advisories_give_their_time_text(string line, string? time)
    {
        var advisory = AdvisoryReader.Read(line);

        Assert.True(advisory?.Embargo);
        Assert.Equal(time, advisory?.EmbargoTime);
    }

    [Theory]
    [InlineData("Police kill suspect in shootout")]
    [InlineData("Kill fees rise for freelancers")]
    [InlineData("Embargoed oil tanker seized off Oman")]
    [InlineData("Corrections officers strike in Ohio")]
    [InlineData("For release of hostages, talks resume")]
    [InlineData("")]
    public void Headlines_that_merely_use_the_words_are_not_advisories(string line) =>
        Assert.Null(AdvisoryReader.Read(line));
}
