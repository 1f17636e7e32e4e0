using NodaTime;
using WireDesk.Core.Stories;
using WireDesk.Formats.Iptc7901;
using WireDesk.Formats.Tests.Teletype;

namespace WireDesk.Formats.Tests.Iptc7901;

internal static class Iptc7901Samples
{
    public static ParseContext Context { get; } = new("dpa-wire") { Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] };

    public static ParseResult Parse(byte[] bytes, string name = "copy.7901") =>
        new Iptc7901Parser().Parse(WireSample.Decode(bytes, name), Context);

    public static Story Story(string file)
    {
        var result = Parse(WireSample.Load("Iptc7901", file), file);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }
}
