using System.Diagnostics;
using System.Text;
using WireDesk.Formats.Syndication.Rss;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>What feeds send that XML does not allow, and what XML allows that must never be done.</summary>
public sealed class SafeXmlTests
{
    private static string Rss(string item, string prolog = "") =>
        $"{prolog}<rss version=\"2.0\"><channel><title>T</title><link>https://example.com/</link><item>{item}</item></channel></rss>";

    [Fact]
    public void Undeclared_html_entities_are_read_as_characters_and_reported_as_a_recovery()
    {
        var result = SyndicationTestKit.ParseText(Rss("<title>Caf&eacute;&nbsp;opens</title><guid>g1</guid>"));

        var story = Assert.Single(result.Result.Stories);
        Assert.Equal("Caf\u00E9\u00A0opens", story.Headline);
        Assert.Contains(story.Warnings, w => w.StartsWith("bozo: 2 undeclared HTML entities (first &eacute;)", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_entities_under_an_external_dtd_are_declared_there_and_no_recovery()
    {
        const string Doctype = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n";
        var result = SyndicationTestKit.ParseText(Rss("<title>Caf&eacute;</title><guid>g1</guid>", Doctype));

        Assert.Equal("Caf\u00E9", Assert.Single(result.Result.Stories).Headline);
        Assert.Empty(result.Recoveries);
    }

    [Fact]
    public void An_internal_entity_is_expanded_without_loading_the_dtd()
    {
        const string Doctype = "<!DOCTYPE rss [ <!ENTITY desk \"Example Desk\"> ]>";
        var result = SyndicationTestKit.ParseText(Rss("<title>From the &desk;</title><guid>g1</guid>", Doctype));

        Assert.Equal("From the Example Desk", Assert.Single(result.Result.Stories).Headline);
        Assert.Empty(result.Recoveries);
    }

    [Fact]
    public void An_entity_bomb_is_cut_off_quickly_and_reported()
    {
        var declarations = new StringBuilder("<!DOCTYPE rss [ <!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            declarations.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        declarations.Append(" ]>");
        var clock = Stopwatch.StartNew();

        var result = SyndicationTestKit.ParseText(Rss("<title>&lol9;</title><guid>g1</guid>", declarations.ToString()));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("bozo: entity expansion stopped at its limit", result.Recoveries);
        Assert.True((Assert.Single(result.Result.Stories).Headline?.Length ?? 0) <= 1 << 20);
    }

    [Fact]
    public void An_external_entity_is_never_fetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var doctype = $"<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\"> ]>";
            var result = SyndicationTestKit.ParseText(Rss("<title>Leak: &xxe;</title><guid>g1</guid>", doctype));

            var story = Assert.Single(result.Result.Stories);
            Assert.DoesNotContain("TOP-SECRET", story.Headline, StringComparison.Ordinal);
            Assert.Equal("Leak: &xxe;", story.Headline);
            Assert.Contains(result.Recoveries, r => r.Contains("&xxe;", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_bare_ampersand_is_escaped_and_reported()
    {
        var result = SyndicationTestKit.ParseText(Rss("<title>AT&T wins & loses</title><guid>g1</guid>"));

        Assert.Equal("AT&T wins & loses", Assert.Single(result.Result.Stories).Headline);
        Assert.Contains("bozo: 2 bare '&' escaped", result.Recoveries);
    }

    [Fact]
    public void Text_inside_cdata_is_left_alone_for_the_html_reader()
    {
        var result = SyndicationTestKit.ParseText(Rss("<title>Deal</title><guid>g1</guid><description><![CDATA[AT&T&nbsp;deal &amp; more]]></description>"));

        Assert.Empty(result.Recoveries);
        Assert.Equal("AT&T\u00A0deal & more", Assert.Single(result.Result.Stories).Summary);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_with_an_error()
    {
        var context = new ParseContext("test") { MaxDocumentBytes = 100 };
        var text = Rss("<title>" + new string('x', 200) + "</title>");

        var result = new RssParser().ParseFeed(TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes(text), null, "big.xml")), context);

        Assert.Empty(result.Result.Stories);
        Assert.Contains("larger than the 100 bytes allowed", Assert.Single(result.Result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_feed_keeps_the_items_before_the_cut()
    {
        const string Text = "<rss><channel><item><title>One</title><guid>1</guid></item><item><title>Two</title><gu";

        var result = SyndicationTestKit.ParseText(Text);

        Assert.Equal("One", Assert.Single(result.Result.Stories).Headline);
        Assert.StartsWith("entry 2", Assert.Single(result.Result.Errors).Where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_with_a_thousand_broken_items_is_read_in_one_pass_with_a_thousand_errors()
    {
        var feed = new StringBuilder("<rss><channel><title>Many</title>");
        for (var i = 0; i < 1000; i++)
            feed.Append($"<item><title>Good {i}</title><guid>g{i}</guid></item>\n<item><title>Bad <b>{i}</title><guid>b{i}</guid></item>\n");
        feed.Append("</channel></rss>");
        var clock = Stopwatch.StartNew();

        var result = SyndicationTestKit.ParseText(feed.ToString());

        Assert.Equal(1000, result.Result.Stories.Count);
        Assert.Equal(1000, result.Result.Errors.Count);
        Assert.Equal("Good 999", result.Result.Stories[^1].Headline);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Text_that_is_not_xml_is_an_error_and_never_an_exception()
    {
        var decoded = TextDecoder.Decode(new SourceDocument(Encoding.UTF8.GetBytes("this is not a feed"), null, "junk.txt"));

        var result = new RssParser().ParseFeed(decoded, SyndicationTestKit.Context);

        Assert.Empty(result.Result.Stories);
        Assert.Single(result.Result.Errors);
    }

    [Fact]
    public void Whitespace_before_the_xml_declaration_is_recovered()
    {
        var result = SyndicationTestKit.ParseText("\n  <?xml version=\"1.0\"?>" + Rss("<title>One</title><guid>1</guid>"));

        Assert.Equal("One", Assert.Single(result.Result.Stories).Headline);
        Assert.Contains("bozo: the XML declaration is not at the start of the document", result.Recoveries);
    }

    [Fact]
    public void A_feed_served_as_plain_text_is_read_but_reported()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss("<title>One</title><guid>1</guid>"));

        var result = SyndicationTestKit.ParseBytes(bytes, "feed", "text/plain; charset=utf-8");

        Assert.Single(result.Result.Stories);
        Assert.Contains("bozo: served as text/plain, not an XML media type; read as XML anyway", result.Recoveries);
    }
}
