using System.Text;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class TextDecoderTests
{
    // The tests build their inputs in legacy code pages; they must not depend on another test registering them first.
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DecodedDocument Decode(byte[] bytes, string? contentType = null) =>
        TextDecoder.Decode(new SourceDocument(bytes, contentType, "test.txt"));

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    [Fact]
    public void Decoded_text_says_its_controls_are_gone_once_the_noise_is_stripped()
    {
        Assert.True(Decode("<a>Caf\u00e9\tand\r\n tea</a>"u8.ToArray()).ControlsStripped);
        var noisy = Decode([.. "<a>x"u8, 0x01, 0x1B, .. "y</a>"u8]);
        Assert.Equal("<a>xy</a>", noisy.Text);
        Assert.True(noisy.ControlsStripped);
        Assert.True(Decode(Windows1252("<a>caf\u00e9 \u2019</a>")).ControlsStripped);
    }

    [Fact]
    public void Wire_framing_kept_for_the_teletype_parsers_means_the_controls_are_not_gone()
    {
        var decoded = TextDecoder.Decode(new SourceDocument([0x01, .. "ZCZC"u8, 0x02, .. "text"u8, 0x03], null, "wire.txt"), keepFraming: true);

        Assert.Contains('\u0001', decoded.Text);
        Assert.False(decoded.ControlsStripped);
    }

    [Fact]
    public void A_utf8_bom_is_removed_and_names_the_encoding()
    {
        var decoded = Decode([0xEF, 0xBB, 0xBF, .. "Café"u8]);

        Assert.Equal("Café", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void A_utf16_bom_wins_over_everything()
    {
        var decoded = Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("नई दिल्ली")], "text/plain; charset=iso-8859-1");

        Assert.Equal("नई दिल्ली", decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void The_http_charset_is_used_when_there_is_no_bom()
    {
        var decoded = Decode(Encoding.Latin1.GetBytes("Zürich"), "text/plain; charset=ISO-8859-1");

        Assert.Equal("Zürich", decoded.Text);
        Assert.Equal("iso-8859-1", decoded.Encoding);
    }

    [Fact]
    public void Iso_8859_1_is_read_as_its_windows_1252_superset()
    {
        var decoded = Decode(Windows1252("“Smart” quotes"), "text/xml; charset=iso-8859-1");

        Assert.Equal("“Smart” quotes", decoded.Text);
        Assert.Equal("iso-8859-1", decoded.Encoding);
    }

    [Fact]
    public void Us_ascii_declared_over_8_bit_bytes_is_read_as_windows_1252_with_a_warning()
    {
        var decoded = Decode(Windows1252("£5"), "text/plain; charset=us-ascii");

        Assert.Equal("£5", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.NotEmpty(decoded.Warnings);
    }

    [Fact]
    public void A_utf16_big_endian_bom_names_utf16be()
    {
        var decoded = Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Dateline")]);

        Assert.Equal("Dateline", decoded.Text);
        Assert.Equal("utf-16be", decoded.Encoding);
    }

    [Fact]
    public void Gb2312_is_read_as_gb18030()
    {
        var decoded = Decode(Encoding.GetEncoding("gb18030").GetBytes("北京"), "text/plain; charset=gb2312");

        Assert.Equal("北京", decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void The_http_charset_overrides_the_xml_declaration()
    {
        var bytes = Windows1252("<?xml version=\"1.0\" encoding=\"utf-8\"?><t>Jürgen</t>");

        var decoded = Decode(bytes, "application/xml; charset=windows-1252");

        Assert.Contains("Jürgen", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void The_xml_declared_charset_is_used_without_http_charset()
    {
        var koi8 = Encoding.GetEncoding("koi8-r");
        var bytes = koi8.GetBytes("<?xml version='1.0' encoding='koi8-r'?><t>Москва</t>");

        var decoded = Decode(bytes);

        Assert.Contains("Москва", decoded.Text);
        Assert.Equal("koi8-r", decoded.Encoding);
    }

    [Fact]
    public void The_html_meta_charset_is_used()
    {
        var bytes = Windows1252("<html><head><meta charset=\"windows-1252\"></head><body>“Quoted” – dash</body></html>");

        var decoded = Decode(bytes);

        Assert.Contains("“Quoted” – dash", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Valid_utf8_without_declaration_is_utf8_without_warnings()
    {
        var decoded = Decode("Bhubaneswar (Odisha) [India], March 3 (ANI): “Verbatim” — text ₹100"u8.ToArray());

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains("₹100", decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Invalid_utf8_without_declaration_falls_back_to_windows_1252_with_a_warning()
    {
        var decoded = Decode(Windows1252("Caf\u00e9 “quoted” – €5"));

        Assert.Equal("Café “quoted” – €5", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Contains(decoded.Warnings, w => w.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8_with_a_pasted_8_bit_passage_keeps_both_readable()
    {
        byte[] bytes = [.. "₹100 and "u8, .. Windows1252("café")];

        var decoded = Decode(bytes);

        Assert.Equal("₹100 and café", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains(decoded.Warnings, w => w.Contains("1 byte(s) are not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_utf8_that_is_not_utf8_is_recovered_as_windows_1252()
    {
        var decoded = Decode(Windows1252("Zürich"), "text/plain; charset=utf-8");

        Assert.Equal("Zürich", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.NotEmpty(decoded.Warnings);
    }

    [Fact]
    public void An_unknown_declared_charset_is_ignored_with_a_warning()
    {
        var decoded = Decode("plain"u8.ToArray(), "text/plain; charset=x-made-up");

        Assert.Equal("plain", decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Contains("x-made-up", StringComparison.Ordinal));
    }

    [Fact]
    public void C0_control_characters_are_stripped_except_tab_lf_and_cr()
    {
        var decoded = Decode("\u0001\u0002HEADLINE\u0003\r\n\tbody\u0000 text\u001f\n"u8.ToArray());

        Assert.Equal("HEADLINE\r\n\tbody text\n", decoded.Text);
        Assert.Contains("encoding: stripped 5 control character(s)", decoded.Warnings);
    }

    [Theory]
    [InlineData("line one\nline two\u000B end", "line one\nline two end")]
    [InlineData("line one\r\nform\u000Cfeed\n", "line one\r\nformfeed\n")]
    [InlineData("shift\u000Eout and \u001Eseparator\u0008", "shiftout and separator")]
    public void A_control_character_from_any_c0_range_is_found_however_late_it_comes(string text, string expected)
    {
        var decoded = Decode(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.StartsWith("encoding: stripped", StringComparison.Ordinal));
    }

    [Fact]
    public void Double_encoded_utf8_is_repaired()
    {
        var doubleEncoded = Encoding.UTF8.GetBytes(Encoding.GetEncoding(1252).GetString("Café — don’t ₹5"u8));

        var decoded = Decode(doubleEncoded);

        Assert.Equal("Café — don’t ₹5", decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Contains("double-encoded", StringComparison.Ordinal));
    }

    [Fact]
    public void Mojibake_made_visible_by_entity_decoding_is_repaired_on_request()
    {
        Assert.Equal(("…", 1), DoubleEncodingRepair.Repair("\u00e2\u0080\u00a6"));
    }

    [Fact]
    public void Legitimate_latin_letters_are_not_taken_for_double_encoding()
    {
        var decoded = Decode("Ça va, Ãlvaro? São Paulo, Ñandú, Ø"u8.ToArray());

        Assert.Equal("Ça va, Ãlvaro? São Paulo, Ñandú, Ø", decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Empty_bytes_decode_to_empty_text()
    {
        var decoded = Decode([]);

        Assert.Equal("", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }
}
