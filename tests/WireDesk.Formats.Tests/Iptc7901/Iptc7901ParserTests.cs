using WireDesk.Formats.Anpa;
using WireDesk.Formats.Iptc7901;
using WireDesk.Formats.Ninjs;
using WireDesk.Formats.Tests.Teletype;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Iptc7901;

public sealed class Iptc7901ParserTests
{
    [Fact]
    public void The_header_gives_source_number_priority_category_count_and_keyword_with_take()
    {
        var header = Iptc7901HeaderReader.Read("AFP 0456 2 ECO 0150 France-Economy,1stLd-Writethru");

        Assert.NotNull(header);
        Assert.Equal("AFP", header.SourceId);
        Assert.Equal("0456", header.MessageNumber);
        Assert.Equal(2, header.Priority);
        Assert.Equal("ECO", header.Category);
        Assert.Equal(150, header.WordCount);
        Assert.Equal("France-Economy", header.Keyword);
        Assert.Equal(2, header.Take.Version);
    }

    [Theory]
    [InlineData("dpa0123 7 POL 0087")]
    [InlineData("dpa0123 4 POLITICS 0087")]
    [InlineData("a0452 r a BC-US-Obit-Smith,0398")]
    [InlineData("")]
    public void Lines_without_the_7901_shape_are_not_headers(string line) =>
        Assert.Null(Iptc7901HeaderReader.Read(line));

    [Theory]
    [InlineData("091555 Jan 26", "09 Jan 2026 15:55")]
    [InlineData("091555 GMT Jan 26", "09 Jan 2026 15:55 GMT")]
    [InlineData("091555Z JAN 2026", "09 Jan 2026 15:55 Z")]
    [InlineData("311159 Dez 25", "31 Dec 2025 11:59")]
    public void The_date_time_group_becomes_text_the_wire_date_parser_reads(string line, string expected) =>
        Assert.Equal(expected, Iptc7901TrailerReader.Read(line)?.DateText);

    [Theory]
    [InlineData("321555 Jan 26")]
    [InlineData("092455 Jan 26")]
    [InlineData("091555 Foo 26")]
    [InlineData("The meeting ended at 15:55")]
    public void Lines_that_are_not_date_time_groups_give_nothing(string line) =>
        Assert.Null(Iptc7901TrailerReader.Read(line));

    [Fact]
    public void A_zone_in_the_date_time_group_is_used_instead_of_the_source_zone()
    {
        var result = Iptc7901Samples.Parse(WireSample.Bytes(
            "<SOH>dpa0300 4 VER 0020 Test-Zone\n<STX>Zone test headline =\n<TAB>Berlin (dpa) - Text.\n091555 GMT Jan 26\n<ETX>"));

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 0, TimeSpan.Zero), Assert.Single(result.Stories).VersionCreated);
    }

    [Fact]
    public void A_trailer_after_ETX_is_read_too()
    {
        var result = Iptc7901Samples.Parse(WireSample.Bytes(
            "<SOH>dpa0301 4 VER 0020 Test-After\n<STX>After ETX headline =\n<TAB>Berlin (dpa) - Text.\n<ETX>\n091600 Jan 26\n<EOT>"));

        var story = Assert.Single(result.Stories);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 16, 0, 0, TimeSpan.FromHours(1)), story.VersionCreated);
        Assert.Equal(["Berlin (dpa) - Text."], story.Body.Paragraphs);
    }

    [Fact]
    public void The_sniff_accepts_7901_framing_and_rejects_ANPA_JSON_and_plain_text()
    {
        Assert.True(Iptc7901Parser.CanRead(WireSample.Decode(WireSample.Load("Iptc7901", "coalition.txt"), "a")));
        Assert.True(Iptc7901Parser.CanRead(WireSample.Decode(WireSample.Load("Iptc7901", "bundestag-haushalt.latin1.txt"), "a", keepFraming: false)));
        Assert.False(Iptc7901Parser.CanRead(WireSample.Decode(WireSample.Load("Anpa", "obit-smith.txt"), "b")));
        Assert.False(Iptc7901Parser.CanRead("[{\"uri\": \"x\"}]"));
        Assert.False(Iptc7901Parser.CanRead("dpa0123 4 POL 0087 Bundestag-Haushalt\nno framing"));
    }

    [Fact]
    public void The_story_reader_detects_7901_copy_and_hands_it_to_this_parser()
    {
        var reader = new StoryReader([new AnpaParser(), new Iptc7901Parser(), new NinjsParser()]);

        var result = reader.Read(new SourceDocument(WireSample.Load("Iptc7901", "coalition.txt"), null, "c.txt"), Iptc7901Samples.Context);

        Assert.Equal("iptc-7901", result.Format);
        Assert.Equal("Germany-Coalition", Assert.Single(result.Stories).Slugline);
    }

    [Fact]
    public void A_message_with_neither_slug_nor_headline_is_an_error()
    {
        var result = Iptc7901Samples.Parse(WireSample.Bytes("<SOH>dpa0302 4 VER 0000\n<STX>\n<ETX>"), "empty.7901");

        Assert.Empty(result.Stories);
        Assert.Equal("empty.7901 message 1", Assert.Single(result.Errors).Where);
    }

    [Fact]
    public void Without_a_slug_the_guid_comes_from_the_headline_with_a_warning()
    {
        var result = Iptc7901Samples.Parse(WireSample.Bytes(
            "<SOH>dpa0303 4 VER 0020\n<STX>Headline only story =\n<TAB>Berlin (dpa) - Text.\n091555 Jan 26\n<ETX>"));

        var story = Assert.Single(result.Stories);
        Assert.Null(story.Slugline);
        Assert.Equal(StoryIdentity.DerivedGuid("dpa", "Headline only story", 1, 9), story.Guid);
        Assert.Contains(story.Warnings, w => w.StartsWith("guid: no slug", StringComparison.Ordinal));
    }
}
