using System.Text;
using WireDesk.Formats.Detection;

namespace WireDesk.Formats.Tests.Detection;

public sealed class ByteSnifferTests
{
    [Fact]
    public void Plain_text_with_line_breaks_and_tabs_is_not_binary() =>
        Assert.False(ByteSniffer.LooksBinary(Encoding.UTF8.GetBytes("<rss>\r\n\t<channel>Caf\u00e9</channel>\n</rss>")));

    [Fact]
    public void Wire_framing_around_teletype_copy_is_not_binary() =>
        Assert.False(ByteSniffer.LooksBinary([0x16, 0x16, 0x01, .. "a0123 r BC-Storm"u8, 0x02, .. "Text of the story."u8, 0x03, 0x04]));

    [Fact]
    public void A_nul_byte_past_the_first_line_makes_it_binary() =>
        Assert.True(ByteSniffer.LooksBinary([.. Encoding.ASCII.GetBytes(new string('x', 5000)), 0x00, .. "tail"u8]));

    [Fact]
    public void Many_odd_control_bytes_make_it_binary_and_a_few_do_not()
    {
        var text = Encoding.ASCII.GetBytes(new string('x', 1000));
        var few = text.ToArray();
        few[700] = 0x07;
        var many = text.ToArray();
        for (var i = 500; i < 1000; i += 10) many[i] = 0x07;

        Assert.False(ByteSniffer.LooksBinary(few));
        Assert.True(ByteSniffer.LooksBinary(many));
    }

    [Fact]
    public void Utf16_with_a_bom_is_text_though_it_is_full_of_nuls() =>
        Assert.False(ByteSniffer.LooksBinary(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<rss/>")).ToArray()));
}
