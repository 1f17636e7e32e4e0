using WireDesk.Formats.Syndication;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>When the fast reader may skip its own character check, and when it must not.</summary>
public sealed class XmlFeedInputTests
{
    private static XmlFeedInput Prepare(byte[] bytes) =>
        XmlFeedInput.Prepare(TextDecoder.Decode(new SourceDocument(bytes, null, "feed.xml")), SyndicationTestKit.Context, out _)!;

    [Fact]
    public void A_decoded_feed_with_its_controls_stripped_holds_only_characters_xml_allows() =>
        Assert.True(Prepare([.. "<rss><channel><title>Caf\u00e9"u8, 0x07, .. "</title></channel></rss>"u8]).OnlyXmlCharacters);

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x61, 0x3E, 0xEF, 0xBF, 0xBF, 0x3C, 0x2F, 0x61, 0x3E })] // U+FFFF in UTF-8
    [InlineData(new byte[] { 0x3C, 0x61, 0x3E, 0xEF, 0xBF, 0xBE, 0x3C, 0x2F, 0x61, 0x3E })] // U+FFFE in UTF-8
    public void A_non_character_xml_forbids_leaves_the_check_to_the_reader(byte[] bytes) =>
        Assert.False(Prepare(bytes).OnlyXmlCharacters);

    [Fact]
    public void A_non_character_in_an_entry_is_that_entrys_error_not_silently_read()
    {
        var result = SyndicationTestKit.ParseBytes(
            [.. "<rss version=\"2.0\"><channel><item><guid>urn:a</guid><title>A"u8, 0xEF, 0xBF, 0xBF, .. "B</title></item></channel></rss>"u8],
            "feed.xml");

        // The fast reader checks for itself here and gives up; System.Xml's reader refuses U+FFFF and the recovery
        // reports the entry it broke.
        Assert.Empty(result.Result.Stories);
        var error = Assert.Single(result.Result.Errors);
        Assert.StartsWith("entry 1", error.Where, StringComparison.Ordinal);
        Assert.Contains("0xFFFF", error.Message, StringComparison.Ordinal);
    }
}
