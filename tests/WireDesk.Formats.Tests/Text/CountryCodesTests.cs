using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("US", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("USA", "US")]
    [InlineData("India", "IN")]
    [InlineData("india", "IN")]
    [InlineData("UK", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("Pakistan", "PK")]
    [InlineData("Sri Lanka", "LK")]
    [InlineData("Russia", "RU")]
    [InlineData("Turkey", "TR")]
    [InlineData("DE", "DE")]
    [InlineData("SA", "SA")]
    public void Names_aliases_and_codes_map_to_alpha2(string name, string code)
    {
        Assert.Equal(code, CountryCodes.ToIso(name));
    }

    [Theory]
    [InlineData("Freedonia")]
    [InlineData("XX")]
    [InlineData("")]
    public void Unknown_names_are_null(string name)
    {
        Assert.Null(CountryCodes.ToIso(name));
    }
}
