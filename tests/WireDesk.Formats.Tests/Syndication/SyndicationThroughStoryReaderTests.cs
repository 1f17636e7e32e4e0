using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>The feed samples through the one entry point ingest uses: detection by content, then the parser.</summary>
public sealed class SyndicationThroughStoryReaderTests
{
    private static readonly StoryReader Reader = new(ParserRegistry.All());

    [Theory]
    [InlineData("rss20-content-encoded.xml", "rss", 2)]
    [InlineData("rss10-rdf.xml", "rdf", 1)]
    [InlineData("atom10-xml-base.xml", "atom", 2)]
    [InlineData("jsonfeed11.json", "jsonfeed", 2)]
    public void Each_feed_format_is_detected_and_read_by_its_parser(string sample, string format, int stories)
    {
        var path = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "Syndication", sample);

        var result = Reader.Read(new SourceDocument(File.ReadAllBytes(path), null, sample), SyndicationTestKit.Context);

        Assert.Equal(format, result.Format);
        Assert.Equal(stories, result.Stories.Count);
        Assert.Empty(result.Errors);
        Assert.All(result.Stories, story => Assert.Equal(format, story.Format));
    }
}
