using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Tests.Teletype;

public sealed class WireTextReaderTests
{
    private static readonly WireTextRules Rules = new()
    {
        IsKeywordLine = line => line.StartsWith("BC-", StringComparison.Ordinal),
        IsTrailerLine = line => line.StartsWith("AP-NY-", StringComparison.Ordinal),
    };

    [Fact]
    public void Indented_paragraphs_absorb_the_wrapped_lines_that_follow_them()
    {
        var text = WireTextReader.Read("Headline\n   DENVER (AP) _ One two\nthree.\n   Second paragraph.\n", Rules);

        Assert.Equal("Headline", text.Headline);
        Assert.Equal(["DENVER (AP) _ One two three.", "Second paragraph."], text.Paragraphs);
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_when_nothing_is_indented()
    {
        var text = WireTextReader.Read("Headline\n\nFirst paragraph\nwraps here.\n\nSecond paragraph.", Rules);

        Assert.Equal(["First paragraph wraps here.", "Second paragraph."], text.Paragraphs);
    }

    [Fact]
    public void Without_blank_lines_or_indentation_each_line_is_a_paragraph()
    {
        var text = WireTextReader.Read("Headline\n\nFirst.\nSecond.\nThird.", Rules);

        Assert.Equal(["First.", "Second.", "Third."], text.Paragraphs);
    }

    [Fact]
    public void A_short_headline_block_before_a_blank_line_is_one_headline()
    {
        var text = WireTextReader.Read("Storm tears roofs\noff homes in Kansas\n\n\tTOPEKA, Kan. (AP) _ Text.", Rules);

        Assert.Equal("Storm tears roofs off homes in Kansas", text.Headline);
        Assert.Equal(["TOPEKA, Kan. (AP) _ Text."], text.Paragraphs);
    }

    [Fact]
    public void A_long_block_keeps_only_its_first_line_as_headline()
    {
        var longLine = new string('x', 90);
        var text = WireTextReader.Read($"Headline\n{longLine}\n{longLine}", Rules);

        Assert.Equal("Headline", text.Headline);
        Assert.Equal([longLine, longLine], text.Paragraphs);
    }

    [Fact]
    public void Copy_that_opens_with_its_dateline_has_no_headline()
    {
        var text = WireTextReader.Read("\tDENVER (AP) _ Text.", Rules);

        Assert.Null(text.Headline);
        Assert.Equal(["DENVER (AP) _ Text."], text.Paragraphs);
    }

    [Fact]
    public void Keyword_advisories_byline_and_trailer_are_taken_out_of_the_body()
    {
        var text = WireTextReader.Read(
            "^BC-Obit,0100<\n^Eds: A note.<\n^HOLD FOR RELEASE<\n^Headline<\n^By A WRITER=<\n^AP Writer=<\n\tBody.\n\nAP-NY-01-09-26 1555EST<",
            Rules);

        Assert.Equal("BC-Obit,0100", text.KeywordLine);
        Assert.Equal(["Eds: A note.", "HOLD FOR RELEASE"], text.Advisories.Select(a => a.Text));
        Assert.Equal("Headline", text.Headline);
        Assert.Equal("By A WRITER, AP Writer", text.Byline);
        Assert.Equal(["Body."], text.Paragraphs);
        Assert.Equal(["AP-NY-01-09-26 1555EST"], text.Trailer);
    }

    [Fact]
    public void The_headline_end_mark_closes_and_leaves_the_headline()
    {
        var rules = Rules with { HeadlineEndMark = "=" };

        var text = WireTextReader.Read("Bundestag beschließt Haushalt =\nBerlin (dpa) - Text.", rules);

        Assert.Equal("Bundestag beschließt Haushalt", text.Headline);
        Assert.Equal(["Berlin (dpa) - Text."], text.Paragraphs);
    }
}
