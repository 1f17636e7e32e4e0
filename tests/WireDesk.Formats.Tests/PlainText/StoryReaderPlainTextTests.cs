using WireDesk.Formats.PlainText;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.PlainText;

public sealed class StoryReaderPlainTextTests
{
    [Fact]
    public void The_reference_page_is_detected_as_plain_text_and_read_through_the_story_reader()
    {
        var path = Requires.Corpus("seed", "ani-venezuela-page.txt");
        var reader = new StoryReader([new PlainTextParser()]);

        var result = reader.Read(new SourceDocument(File.ReadAllBytes(path), null, "ani-venezuela-page.txt"), new ParseContext("ani-web"));

        Assert.Equal("plaintext", result.Format);
        Assert.Empty(result.Errors);
        var story = Assert.Single(result.Stories);
        Assert.Equal("ani-web", story.Source);
        Assert.Equal(14, story.Body.Paragraphs.Count);
    }
}
