using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.Xml;

/// <summary>The XML formats as ingest meets them: raw bytes through detection and the registered parsers.</summary>
public sealed class XmlFormatsThroughStoryReaderTests
{
    private static readonly StoryReader Reader = new(ParserRegistry.All());

    [Theory]
    [InlineData("NewsMlG2", "g2-update.xml", "newsml-g2", "urn:newsml:wiredesk.test:20260109:US-VENEZUELA")]
    [InlineData("Nitf", "nitf-basic.xml", "nitf", "PTI-20260109-DEL42")]
    [InlineData("Nitf", "nitf-namespaced.xml", "nitf", "tag:reuters.com,2026:newsml_L1N3O0ABC")]
    [InlineData("NewsMl1", "newsml1-basic.xml", "newsml-1.2", "urn:newsml:aninews.in:20260109:DEL-FLOODS")]
    public void Each_XML_format_is_detected_and_read_by_its_parser(string folder, string file, string format, string guid)
    {
        var path = Sample(folder, file);
        var result = Reader.Read(new SourceDocument(File.ReadAllBytes(path), "application/xml", file), Context);

        Assert.Equal(format, result.Format);
        Assert.Empty(result.Errors);
        var story = Assert.Single(result.Stories);
        Assert.Equal(guid, story.Guid);
        Assert.Equal(format, story.Format);
    }
}
