using System.Text;
using WireDesk.Core.Stories;
using WireDesk.Formats.PlainText;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.PlainText;

/// <summary>Reads copy through the real decoder and the plain-text parser, as ingest does.</summary>
internal static class PlainTextTestKit
{
    public static ParseContext Context { get; } = new("test-feed");

    public static ParseResult ParseBytes(byte[] bytes, string name = "copy.txt", ParseContext? context = null) =>
        new PlainTextParser().Parse(TextDecoder.Decode(new SourceDocument(bytes, "text/plain", name)), context ?? Context);

    public static ParseResult ParseText(string text, ParseContext? context = null) =>
        ParseBytes(Encoding.UTF8.GetBytes(text), "copy.txt", context);

    public static Story ParseSample(string fileName, ParseContext? context = null)
    {
        var path = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "PlainText", fileName);
        var result = ParseBytes(File.ReadAllBytes(path), fileName, context);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }
}
