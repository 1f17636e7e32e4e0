using WireDesk.Formats.Anpa;

namespace WireDesk.Formats.Tests.Anpa;

public sealed class AnpaHeaderReaderTests
{
    [Fact]
    public void A_header_with_a_comma_slug_gives_keyword_take_and_word_count()
    {
        var header = AnpaHeaderReader.Read("a0452  r i BC-US-Obit-Smith,1stLd-Writethru,0452");

        Assert.NotNull(header);
        Assert.Equal('a', header.ServiceLevel);
        Assert.Equal("0452", header.Sequence);
        Assert.Equal('r', header.Priority);
        Assert.Equal("i", header.Category);
        Assert.Equal("BC-US-Obit-Smith", header.Keyword);
        Assert.Equal("1stLd-Writethru", header.Take.Text);
        Assert.Equal(1, header.Take.Lead);
        Assert.Equal(2, header.Take.Version);
        Assert.Equal(452, header.WordCount);
    }

    [Fact]
    public void A_header_with_a_transmission_date_and_word_count_after_the_slug_reads_both()
    {
        var header = AnpaHeaderReader.Read("a0006 u s BC-BBO-Yankees-RedSox 01-27 0311");

        Assert.NotNull(header);
        Assert.Equal("BC-BBO-Yankees-RedSox", header.Keyword);
        Assert.Equal("", header.Take.Text);
        Assert.Equal(1, header.Month);
        Assert.Equal(27, header.Day);
        Assert.Equal(311, header.WordCount);
        Assert.Equal('u', header.Priority);
    }

    [Fact]
    public void Field_separators_between_header_fields_read_as_spaces()
    {
        var header = AnpaHeaderReader.Read("a0452\u001Fr\u001Fi\u001FBC-US-Obit-Smith,0398");

        Assert.Equal("BC-US-Obit-Smith", header?.Keyword);
    }

    [Fact]
    public void The_selector_and_sequence_repeated_in_the_slug_is_neither_take_nor_count()
    {
        var header = AnpaHeaderReader.Read("a0456 r i AM-Iraq-Bombing,3rd Ld-Writethru,a0456,0789");

        Assert.Equal("AM-Iraq-Bombing", header?.Keyword);
        Assert.Equal("3rd Ld-Writethru", header?.Take.Text);
        Assert.Equal(4, header?.Take.Version);
        Assert.Equal(789, header?.WordCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dpa0123 4 POL 0087 Bundestag-Haushalt")]
    [InlineData("Hello world")]
    [InlineData("a0452 r")]
    public void Lines_without_the_ANPA_shape_are_not_headers(string line) =>
        Assert.Null(AnpaHeaderReader.Read(line));

    [Theory]
    [InlineData("BC-US-Obit-Smith,1stLd-Writethru,0452", true)]
    [InlineData("AM-Iraq-Bombing", true)]
    [InlineData("John Smith dies at 90", false)]
    [InlineData("BC mayor resigns", false)]
    public void Keyword_lines_are_cycle_prefixed_slugs(string line, bool expected) =>
        Assert.Equal(expected, AnpaHeaderReader.IsKeywordLine(line));
}
