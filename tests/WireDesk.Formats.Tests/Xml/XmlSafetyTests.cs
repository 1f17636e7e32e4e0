using System.Diagnostics;
using WireDesk.Formats.NewsMl1;
using WireDesk.Formats.NewsMlG2;
using WireDesk.Formats.Nitf;
using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.Xml;

/// <summary>PRODUCT.md §8 "Safe": no external entities, no entity bombs, bounded size, for every XML format.</summary>
public sealed class XmlSafetyTests
{
    public static TheoryData<string> Formats => ["newsml-g2", "nitf", "newsml-1.2"];

    private static IStoryParser ParserFor(string format) => format switch
    {
        "newsml-g2" => new NewsMlG2Parser(),
        "nitf" => new NitfParser(),
        _ => new NewsMl1Parser(),
    };

    /// <summary>A minimal document of the format whose headline and only paragraph are the given markup.</summary>
    private static string Document(string format, string doctype, string headline, string paragraph) => format switch
    {
        "newsml-g2" => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {doctype}
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:safety" version="1">
              <contentMeta><headline>{headline}</headline></contentMeta>
              <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>{paragraph}</p></body></html></inlineXML></contentSet>
            </newsItem>
            """,
        "nitf" => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {doctype}
            <nitf><head><docdata><doc-id id-string="urn:test:safety"/></docdata></head>
              <body><body.head><hedline><hl1>{headline}</hl1></hedline></body.head><body.content><p>{paragraph}</p></body.content></body>
            </nitf>
            """,
        _ => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {doctype}
            <NewsML><NewsItem><Identification><NewsIdentifier><PublicIdentifier>urn:test:safety</PublicIdentifier></NewsIdentifier></Identification>
              <NewsComponent><NewsLines><HeadLine>{headline}</HeadLine></NewsLines>
              <ContentItem><MediaType FormalName="Text"/><DataContent><p>{paragraph}</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>
            """,
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_external_entity_is_an_error_and_the_file_is_never_read(string format)
    {
        var secret = Path.Combine(Path.GetTempPath(), $"wiredesk-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-MARKER");
        try
        {
            var xml = Document(format, $"""<!DOCTYPE doc [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>""", "&xxe;", "text");
            var result = ParseText(ParserFor(format), xml);

            Assert.Empty(result.Stories);
            var error = Assert.Single(result.Errors);
            Assert.Contains("xxe", error.Message);
            Assert.DoesNotContain("SECRET-MARKER", error.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_billion_laughs_entity_bomb_is_an_error_at_once(string format)
    {
        const string bomb = """
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;
        var clock = Stopwatch.StartNew();
        var result = ParseText(ParserFor(format), Document(format, bomb, "headline", "&lol9;"));
        clock.Stop();

        Assert.Empty(result.Stories);
        Assert.Contains("lol9", Assert.Single(result.Errors).Message);
        // Expanded, the bomb is 3 GB of text; refused, it costs nothing. The bound is generous for a loaded machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_entity_declared_in_an_internal_subset_is_not_expanded(string format)
    {
        var result = ParseText(ParserFor(format), Document(format, """<!DOCTYPE doc [<!ENTITY company "Acme">]>""", "&company;", "text"));

        Assert.Empty(result.Stories);
        Assert.Contains("company", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_document_over_the_size_limit_is_an_error_before_parsing(string format)
    {
        var xml = Document(format, "", "headline", new string('x', 4096));
        var result = ParseText(ParserFor(format), xml, Context with { MaxDocumentBytes = 2048 });

        Assert.Empty(result.Stories);
        Assert.Contains("exceeds the limit of 2048", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_document_under_the_size_limit_parses(string format)
    {
        var xml = Document(format, "", "headline", "text");
        var story = Single(ParseText(ParserFor(format), xml, Context with { MaxDocumentBytes = 4096 }));

        Assert.Equal("urn:test:safety", story.Guid);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_html_no_break_space_in_the_body_is_recovered_as_U00A0(string format)
    {
        var story = Single(ParseText(ParserFor(format), Document(format, "", "Caf&eacute; &mdash; news", "10&nbsp;km north")));

        Assert.Equal("10\u00a0km north", Assert.Single(story.Body.Paragraphs));
        Assert.Equal("Caf\u00e9 \u2014 news", story.Headline);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_undeclared_entity_that_is_not_HTML_is_an_error_naming_it(string format)
    {
        var result = ParseText(ParserFor(format), Document(format, "", "headline", "a &garbage; b"));

        Assert.Empty(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Contains("garbage", error.Message);
        Assert.Contains("line", error.Where);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Malformed_XML_is_an_error_not_an_exception(string format)
    {
        var result = ParseText(ParserFor(format), Document(format, "", "headline", "unclosed <b>bold"));

        Assert.Empty(result.Stories);
        Assert.Single(result.Errors);
    }
}
