using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Text;

/// <summary>The decoder against feedparser's encoding corpus (shared/corpus/feedparser, BSD-2-Clause).</summary>
public sealed class TextDecoderCorpusTests
{
    private static DecodedDocument Decode(string file, string? contentType = null)
    {
        var path = Requires.Corpus("feedparser", "encoding", file);
        return TextDecoder.Decode(new SourceDocument(File.ReadAllBytes(path), contentType, file));
    }

    [Theory]
    [InlineData("big5.xml", "big5")]
    [InlineData("euc-kr.xml", "euc-kr")]
    [InlineData("no_content_type_encoding.xml", "iso-8859-1")]
    [InlineData("utf-8-bom.xml", "utf-8")]
    [InlineData("utf-16be-autodetect.xml", "utf-16be")]
    [InlineData("utf-16le-autodetect.xml", "utf-16le")]
    [InlineData("utf-16be-bom.xml", "utf-16be")]
    [InlineData("utf-32be-autodetect.xml", "utf-32be")]
    [InlineData("utf-32le-bom.xml", "utf-32le")]
    public void Declared_bom_and_sniffed_encodings_are_named(string file, string encoding)
    {
        var decoded = Decode(file);

        Assert.Equal(encoding, decoded.Encoding);
        Assert.StartsWith("<", decoded.Text.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Korean_text_declared_as_euc_kr_is_read()
    {
        Assert.Contains("\ub144", Decode("euc-kr.xml").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_http_windows_1252_charset_reads_smart_quotes_and_pound()
    {
        var decoded = Decode("http_text_xml_charset_2.xml", "text/xml; charset=windows-1252");

        Assert.Contains("This is a \u00a3\u201ctest.\u201d", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_feedparser_file_decodes_without_throwing()
    {
        var root = Requires.Corpus("feedparser");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);

        foreach (var file in files)
        {
            var decoded = TextDecoder.Decode(new SourceDocument(File.ReadAllBytes(file), null, file));
            Assert.False(string.IsNullOrEmpty(decoded.Encoding), file);
        }

        Assert.True(files.Length > 900);
    }
}
