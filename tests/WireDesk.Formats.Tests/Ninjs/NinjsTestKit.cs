using System.Text;
using WireDesk.Core.Stories;
using WireDesk.Formats.Ninjs;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Ninjs;

/// <summary>Reads ninjs through the real decoder and parser, from the IPTC corpus or from our own samples.</summary>
internal static class NinjsTestKit
{
    public static ParseContext Context { get; } = new("ninjs-feed");

    public static ParseResult Parse(byte[] bytes, string name = "item.json", ParseContext? context = null) =>
        new NinjsParser().Parse(TextDecoder.Decode(new SourceDocument(bytes, "application/json", name)), context ?? Context);

    public static ParseResult ParseText(string json, ParseContext? context = null) =>
        Parse(Encoding.UTF8.GetBytes(json), "item.json", context);

    public static Story Corpus(params string[] path)
    {
        var file = Requires.Corpus(["ninjs", .. path]);
        return Single(Parse(File.ReadAllBytes(file), Path.GetFileName(file)));
    }

    public static ParseResult SampleResult(string file) =>
        Parse(File.ReadAllBytes(SamplePath(file)), file);

    public static Story Sample(string file) => Single(SampleResult(file));

    private static string SamplePath(string file) =>
        Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "Ninjs", file);

    private static Story Single(ParseResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }
}
