using WireDesk.Core.Stories;
using WireDesk.Formats.Anpa;
using WireDesk.Formats.Iptc7901;
using WireDesk.Formats.Ninjs;
using WireDesk.Formats.Tests.Teletype;

namespace WireDesk.Formats.Tests.Anpa;

public sealed class AnpaParserTests
{
    [Fact]
    public void Several_messages_in_one_file_become_several_stories_in_order()
    {
        var bytes = WireSample.Load("Anpa", "obit-smith.txt").Concat(WireSample.Load("Anpa", "obit-smith-1stld.txt")).ToArray();

        var result = AnpaSamples.Parse(bytes);

        Assert.Empty(result.Errors);
        Assert.Equal([1, 2], result.Stories.Select(s => s.Version));
        Assert.Single(result.Stories.Select(s => s.Guid).Distinct());
    }

    [Fact]
    public void Copy_decoded_without_its_framing_is_read_from_the_original_bytes()
    {
        var bytes = WireSample.Load("Anpa", "obit-smith.txt");

        var result = AnpaSamples.Parse(bytes, keepFraming: false);

        var story = Assert.Single(result.Stories);
        Assert.Equal("John Smith, founder of Smith Tools, dies at 90", story.Headline);
        Assert.Equal(1, story.Version);
    }

    [Fact]
    public void The_story_reader_detects_ANPA_copy_and_hands_it_to_this_parser()
    {
        var reader = new StoryReader([new AnpaParser(), new Iptc7901Parser(), new NinjsParser()]);

        var result = reader.Read(new SourceDocument(WireSample.Load("Anpa", "obit-smith.txt"), null, "obit.txt"), AnpaSamples.Context);

        Assert.Equal("anpa-1312", result.Format);
        Assert.Equal("BC-US-Obit-Smith", Assert.Single(result.Stories).Slugline);
    }

    [Fact]
    public void The_sniff_accepts_ANPA_framing_and_rejects_7901_JSON_and_plain_text()
    {
        Assert.True(AnpaParser.CanRead(WireSample.Decode(WireSample.Load("Anpa", "obit-smith.txt"), "a")));
        Assert.True(AnpaParser.CanRead(WireSample.Decode(WireSample.Load("Anpa", "obit-smith.txt"), "a", keepFraming: false)));
        Assert.False(AnpaParser.CanRead(WireSample.Decode(WireSample.Load("Iptc7901", "coalition.txt"), "b")));
        Assert.False(AnpaParser.CanRead("{\"uri\": \"x\", \"headline\": \"y\"}"));
        Assert.False(AnpaParser.CanRead("a0452 r a BC-US-Obit-Smith,0398\r\nJohn Smith dies"));
    }

    [Fact]
    public void Text_without_any_framing_is_one_parse_error()
    {
        var result = AnpaSamples.Parse("just some words\r\nand more"u8.ToArray());

        Assert.Empty(result.Stories);
        Assert.Contains("no ANPA-1312 framing", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_empty_message_is_an_error_naming_the_message_and_its_neighbours_still_parse()
    {
        var bytes = WireSample.Bytes("<SYN><SYN><SOH>a0001  r a BC-Empty,0000\n<STX>\n<ETX><EOT>")
            .Concat(WireSample.Load("Anpa", "obit-smith.txt")).ToArray();

        var result = AnpaSamples.Parse(bytes, "two.anpa");

        Assert.Single(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Equal("two.anpa message 1", error.Where);
        Assert.Equal("no headline and no text", error.Message);
    }

    [Fact]
    public void A_message_cut_before_ETX_is_read_with_a_warning()
    {
        var result = AnpaSamples.Parse(WireSample.Bytes(
            "<SYN><SYN><SOH>a0003  r a BC-Cut,0020\n<STX>^Headline of a cut story<\n<TAB>DENVER (AP) _ The text stops"));

        var story = Assert.Single(result.Stories);
        Assert.Equal("Headline of a cut story", story.Headline);
        Assert.Contains(story.Warnings, w => w.Contains("no ETX", StringComparison.Ordinal));
        Assert.Contains(story.Warnings, w => w.StartsWith("trailer:", StringComparison.Ordinal));
        Assert.Null(story.VersionCreated);
    }

    [Fact]
    public void A_header_that_is_not_ANPA_falls_back_to_the_keyword_line_with_a_warning()
    {
        var result = AnpaSamples.Parse(WireSample.Bytes(
            "<SYN><SYN><SOH>garbled header\n<STX>^BC-US-Obit-Smith,1stLd-Writethru,0452<\n^Smith dies at 90<\n<TAB>DENVER (AP) _ Text.\nAP-NY-01-09-26 1742EST<\n<ETX><EOT>"));

        var story = Assert.Single(result.Stories);
        Assert.Equal("BC-US-Obit-Smith", story.Slugline);
        Assert.Equal(2, story.Version);
        Assert.Equal(AnpaSamples.Story("obit-smith.txt").Guid, story.Guid);
        Assert.Contains(story.Warnings, w => w.StartsWith("header:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hold_for_release_whose_time_cannot_be_read_holds_until_released_and_warns()
    {
        var result = AnpaSamples.Parse(WireSample.Bytes(
            "<SYN><SYN><SOH>a0004  a a BC-Hold,0020\n<STX>^HOLD FOR RELEASE until 6:30 p.m. EST Jan. 10<\n^Held story<\n<TAB>DENVER (AP) _ Text.\nAP-NY-01-09-26 1742EST<\n<ETX><EOT>"));

        var story = Assert.Single(result.Stories);
        Assert.Equal(new Embargo(null), story.Embargo);
        Assert.Contains(story.Warnings, w => w.StartsWith("embargo: cannot read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuation_take_gets_its_own_guid()
    {
        var first = AnpaSamples.Story("obit-smith.txt");
        var result = AnpaSamples.Parse(WireSample.Bytes(
            "<SYN><SYN><SOH>a0470  r a BC-US-Obit-Smith,1st Add,0120\n<STX>^BC-US-Obit-Smith,1st Add,0120<\n<TAB>DENVER _ Smith also served two terms on the city council.\nAP-NY-01-09-26 1600EST<\n<ETX><EOT>"));

        var add = Assert.Single(result.Stories);
        Assert.NotEqual(first.Guid, add.Guid);
        Assert.Equal(1, add.Version);
    }

    [Fact]
    public void Random_bytes_inside_the_framing_give_stories_or_errors_without_tripping_the_safety_net()
    {
        var random = new Random(1312);
        for (var i = 0; i < 200; i++)
        {
            var noise = new byte[random.Next(0, 400)];
            random.NextBytes(noise);
            var bytes = WireSample.Bytes("<SYN><SYN><SOH>a0452  r a BC-Noise,0010\n<STX>").Concat(noise).ToArray();

            var result = AnpaSamples.Parse(bytes);

            Assert.True(result.Stories.Count + result.Errors.Count >= 1);
            Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("cannot read this message", StringComparison.Ordinal));
        }
    }
}
