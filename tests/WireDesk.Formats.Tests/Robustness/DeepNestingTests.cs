using System.Text;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Robustness;

public sealed class DeepNestingTests
{
    private static string Nested(string open, string close, int depth, string inner) =>
        new StringBuilder().Insert(0, open, depth).Append(inner).Append(string.Concat(Enumerable.Repeat(close, depth))).ToString();

    [Fact]
    public void A_g2_body_nested_past_the_limit_is_an_error_naming_the_depth_not_a_stack_overflow()
    {
        var xml =
            "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\"><contentMeta><headline>H</headline></contentMeta>" +
            "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html><body><p>" +
            Nested("<b>", "</b>", 20_000, "deep") + "</p></body></html></inlineXML></contentSet></newsItem>";

        var result = new StoryReader(ParserRegistry.All()).Read(new SourceDocument(Encoding.UTF8.GetBytes(xml), null, "deep.xml"), new ParseContext("t"));

        Assert.Equal("newsml-g2", result.Format);
        Assert.Empty(result.Stories);
        Assert.Contains("nested more than 256 deep", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_g2_body_nested_within_the_limit_is_read()
    {
        var xml =
            "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\"><contentMeta><headline>H</headline></contentMeta>" +
            "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html><body><p>" +
            Nested("<b>", "</b>", 200, "deep") + "</p></body></html></inlineXML></contentSet></newsItem>";

        var result = new StoryReader(ParserRegistry.All()).Read(new SourceDocument(Encoding.UTF8.GetBytes(xml), null, "deep.xml"), new ParseContext("t"));

        Assert.Equal(["deep"], Assert.Single(result.Stories).Body.Paragraphs);
    }

    [Fact]
    public void Html_nested_past_the_limit_keeps_its_text_as_paragraphs_without_the_markup()
    {
        var html = "<p>Lead &amp; more.</p>" + Nested("<div><i>", "</i></div>", 20_000, "Deep text") + "<p>Last.</p>";

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(["Lead & more.", "Deep text", "Last."], body.Paragraphs);
        Assert.Equal("<p>Lead &amp; more.</p>\n<p>Deep text</p>\n<p>Last.</p>", body.Html);
    }

    [Fact]
    public void Hundreds_of_unclosed_paragraphs_are_not_deep_nesting()
    {
        var html = string.Concat(Enumerable.Range(0, 400).Select(i => $"<p>Paragraph {i} with <a href=\"https://example.com/{i}\">a link</a>"));

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(400, body.Paragraphs.Count);
        Assert.Contains("href=\"https://example.com/399\"", body.Html, StringComparison.Ordinal);
    }
}
