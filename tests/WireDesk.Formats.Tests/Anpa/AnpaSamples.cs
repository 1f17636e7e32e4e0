using NodaTime;
using WireDesk.Core.Stories;
using WireDesk.Formats.Anpa;
using WireDesk.Formats.Tests.Teletype;

namespace WireDesk.Formats.Tests.Anpa;

internal static class AnpaSamples
{
    public static ParseContext Context { get; } = new("ap-wire") { Zone = DateTimeZoneProviders.Tzdb["America/New_York"] };

    public static ParseResult Parse(byte[] bytes, string name = "copy.anpa", bool keepFraming = true) =>
        new AnpaParser().Parse(WireSample.Decode(bytes, name, keepFraming), Context);

    public static Story Story(string file)
    {
        var result = Parse(WireSample.Load("Anpa", file), file);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }
}
