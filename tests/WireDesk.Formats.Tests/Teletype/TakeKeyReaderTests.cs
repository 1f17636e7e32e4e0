using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Tests.Teletype;

public sealed class TakeKeyReaderTests
{
    [Theory]
    [InlineData("", 1, false)]
    [InlineData("1stLd-Writethru", 2, true)]
    [InlineData("2ndLd", 3, true)]
    [InlineData("3rd Ld-Writethru", 4, true)]
    [InlineData("11th Ld-Writethru", 12, true)]
    [InlineData("2nd Writethru", 3, true)]
    [InlineData("UPDATE 2", 3, true)]
    [InlineData("Writethru", null, true)]
    [InlineData("Correction", null, false)]
    [InlineData("KILL", null, false)]
    [InlineData("Urgent", 1, false)]
    public void The_take_gives_the_version_and_whether_it_updates(string take, int? version, bool update)
    {
        var key = TakeKeyReader.Read(take);

        Assert.Equal(version, key.Version);
        Assert.Equal(update, key.IsUpdate);
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("Elimination")]
    [InlineData("WITHDRAWAL")]
    public void Kill_elimination_and_withdrawal_takes_kill(string take) =>
        Assert.True(TakeKeyReader.Read(take).Kill);

    [Fact]
    public void An_add_is_a_continuation_not_a_revision()
    {
        var key = TakeKeyReader.Read("2nd Add");

        Assert.Equal(2, key.Add);
        Assert.False(key.IsUpdate);
        Assert.Equal(1, key.Version);
    }

    [Fact]
    public void A_correcting_write_thru_is_both_update_and_correction()
    {
        var key = TakeKeyReader.Read("2ndLd-Writethru,Correction");

        Assert.Equal(3, key.Version);
        Assert.True(key.Correction);
        Assert.True(key.IsUpdate);
    }
}
