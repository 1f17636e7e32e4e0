using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

/// <summary>The XML declaration's encoding, read by hand as the pattern in DeclaredCharset's remarks reads it.</summary>
public sealed class DeclaredCharsetTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss/>", "UTF-8")]
    [InlineData("  \n<?XML version='1.0' ENCODING = 'iso-8859-1' ?>", "iso-8859-1")]
    [InlineData("<?xml version=\"1.0\"\n\tencoding=\"windows-1252\"?>", "windows-1252")]
    [InlineData("<?xml encoding=\"x_mac.roman:1\"?>", "x_mac.roman:1")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8'?>", "utf-8")]
    public void The_encoding_an_xml_declaration_names_is_read(string head, string expected) =>
        Assert.Equal(expected, DeclaredCharset.XmlDeclarationEncoding(head));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss/>")]
    [InlineData("<rss><?xml version=\"1.0\" encoding=\"utf-8\"?></rss>")]
    [InlineData("x<?xml version=\"1.0\" encoding=\"utf-8\"?>")]
    [InlineData("<?xml version=\"1.0\"?><feed encoding=\"utf-8\"/>")]
    [InlineData("<?xml version=\"1.0\"encoding=\"utf-8\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf 8\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=utf-8?>")]
    public void A_declaration_without_a_well_formed_encoding_at_the_start_names_none(string head) =>
        Assert.Null(DeclaredCharset.XmlDeclarationEncoding(head));

    [Fact]
    public void A_later_encoding_is_found_when_an_earlier_one_is_malformed()
    {
        Assert.Equal("utf-8", DeclaredCharset.XmlDeclarationEncoding("<?xml a=\"x encoding=bad\" encoding=\"utf-8\"?>"));
    }

    [Fact]
    public void An_html_meta_charset_is_read_when_there_is_no_xml_declaration()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("<html><head><META charset=\"shift_jis\"></head></html>");

        Assert.Equal("shift_jis", DeclaredCharset.FromMarkup(bytes));
    }
}
