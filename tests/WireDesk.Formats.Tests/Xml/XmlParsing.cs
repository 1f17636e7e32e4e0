using System.Globalization;
using System.Text;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Xml;

/// <summary>Reads test documents the way ingest does: bytes decoded by TextDecoder, then parsed.</summary>
internal static class XmlParsing
{
    public static ParseContext Context { get; } = new("test-feed");

    public static ParseResult ParseFile(IStoryParser parser, string path, ParseContext? context = null) =>
        parser.Parse(TextDecoder.Decode(new SourceDocument(File.ReadAllBytes(path), null, Path.GetFileName(path))), context ?? Context);

    public static ParseResult ParseText(IStoryParser parser, string xml, ParseContext? context = null) =>
        parser.Parse(TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(xml), "application/xml", "test.xml")), context ?? Context);

    /// <summary>One of our own samples in tests/WireDesk.Formats.Tests/Samples.</summary>
    public static string Sample(string folder, string file) =>
        Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", folder, file);

    public static Story Single(ParseResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }

    /// <summary>The instant and the offset it was sent with, as "2026-01-09T15:55:10+05:30".</summary>
    public static void AssertTime(string expected, DateTimeOffset? actual) =>
        Assert.Equal(expected, actual?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
