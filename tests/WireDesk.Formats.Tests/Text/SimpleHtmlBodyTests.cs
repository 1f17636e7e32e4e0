using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

/// <summary>
/// The fast path of BodyBuilder.FromHtml must give exactly what the full sanitizer gives, on every input it takes,
/// and must take the common agency shapes (or it is no fast path).
/// </summary>
public sealed class SimpleHtmlBodyTests
{
    private static readonly Uri Base = new("https://wire.example.in/national/story.html");

    public static TheoryData<string> CommonShapes =>
    [
        "<p>New Delhi [India], January 9 (ANI): The minister said on Friday.</p><p>Second paragraph.</p>",
        "<p>Prices rose 5&nbsp;per cent &amp; more&hellip; &#8220;quoted&#8221; &#x2019;</p>",
        "<p>See <a href=\"https://example.com/a?b=1&amp;c=2\" title=\"A &quot;link&quot;\">this</a> and <b>bold</b> <i>italic</i>.</p>",
        "<p>Relative <a href=\"/national/other\">link</a> and <img src=\"img/photo.jpg\" alt=\"Photo\"></p>",
        "<h2>Heading</h2>\n<ul>\n<li>One</li>\n<li><b>Two</b></li>\n</ul>\n<blockquote><p>Quote</p></blockquote>",
        "Loose text<br>second line<br/>third <em>line</em>",
        "<div><p>In a div</p>text after</div>",
        "  \n<p>Leading whitespace</p>\r\n<p>CRLF line</p>  ",
        "<p class=\"lead\" style=\"color:red\" onclick=\"x()\">Attributes dropped</p>",
        "<p>1 < 2 and 3 > 2 & so on</p>",
        "<p><a href=\"mailto:desk@example.com\">Mail</a> <a href=\"javascript:alert(1)\">bad</a> <img src=\"mailto:x@y\"></p>",
    ];

    [Theory]
    [MemberData(nameof(CommonShapes))]
    public void Common_agency_shapes_take_the_fast_path_and_match_the_sanitizer(string html)
    {
        var fast = SimpleHtmlBody.TryBuild(html, Base);

        Assert.NotNull(fast);
        AssertSame(BodyBuilder.FromHtmlWithSanitizer(html, Base), fast);
    }

    [Theory]
    [InlineData("<p>Unclosed paragraph")]
    [InlineData("<p>One<p>Two</p>")]
    [InlineData("<b><i>misnested</b></i>")]
    [InlineData("<p><div>block in p</div></p>")]
    [InlineData("<script>alert(1)</script><p>x</p>")]
    [InlineData("<p>x<!-- comment --></p>")]
    [InlineData("<span>wrapper</span>")]
    [InlineData("<p>&copy 2026</p>")]
    [InlineData("<p>&#150;</p>")]
    [InlineData("<h1>Headline</h1>")]
    [InlineData("<table><tr><td>cell</td></tr></table>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    public void Anything_else_takes_the_full_sanitizer(string html) =>
        Assert.Null(SimpleHtmlBody.TryBuild(html, Base));

    [Fact]
    public void A_relative_link_without_a_base_takes_the_full_sanitizer() =>
        Assert.Null(SimpleHtmlBody.TryBuild("<p><a href=\"/x\">x</a></p>", null));

    [Fact]
    public void On_thousands_of_random_inputs_the_fast_path_never_disagrees_with_the_sanitizer()
    {
        var random = new Random(20260109);
        var taken = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = RandomHtml(random, depth: 0, parent: null);
            var baseUri = random.Next(5) == 0 ? null : Base;
            if (SimpleHtmlBody.TryBuild(html, baseUri) is not { } fast) continue;
            taken++;
            AssertSame(BodyBuilder.FromHtmlWithSanitizer(html, baseUri), fast, html);
        }

        Assert.True(taken > 300, $"only {taken} random inputs took the fast path");
    }

    private static readonly string[] Texts =
    [
        "text", " ", "\n", "\r\n", "&amp;", "&lt;", "&gt;", "&nbsp;", "&eacute;", "&hellip;", "&#8217;", "&#x201C;", "&",
        "1 < 2", "a > b", "\"q\"", "'s", "\u00A0", "\u00E9", "Mumbai, Mar 3 (PTI) ", "&#146;", "&copy", "<!-- c -->",
    ];

    private static readonly string[] Attributes =
    [
        "", "", "", " href=\"https://x.test/a?b=1&amp;c\"", " href=\"rel/p\"", " href=\"javascript:x\"", " href='mailto:a@b.c'",
        " src=\"i.jpg\"", " src=\"data:x\"", " alt=\"A&amp;B\"", " title=\"t\"", " class=x", " id=\"y\"", " cite=\"/c\"",
    ];

    /// <summary>Mostly well-formed trees of body tags with some noise, so both paths get exercised.</summary>
    private static string RandomHtml(Random random, int depth, string? parent)
    {
        string[] blocks = ["p", "h2", "h3", "ul", "ol", "blockquote", "div"];
        string[] inlines = ["b", "i", "em", "strong", "a", "q", "code", "br", "img", "span"];
        var html = new System.Text.StringBuilder();
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var roll = random.Next(10);
            if (depth > 3 || roll < 3)
            {
                html.Append(Texts[random.Next(Texts.Length)]);
                continue;
            }

            var inlineOnly = parent is "p" or "h2" or "h3" or "b" or "i" or "em" or "strong" or "a" or "q" or "code" or "span";
            var name = parent is "ul" or "ol" ? "li" : inlineOnly || roll < 6 ? inlines[random.Next(inlines.Length)] : blocks[random.Next(blocks.Length)];
            html.Append('<').Append(name).Append(Attributes[random.Next(Attributes.Length)]).Append('>');
            if (name is "br" or "img") continue;
            html.Append(RandomHtml(random, depth + 1, name));
            if (random.Next(25) > 0) html.Append("</").Append(name).Append('>');
        }

        return html.ToString();
    }

    private static void AssertSame(StoryBody expected, StoryBody actual, string? input = null)
    {
        Assert.True(expected.Html == actual.Html, $"HTML differs for {input}\nsanitizer: {expected.Html}\nfast path: {actual.Html}");
        Assert.True(expected.Paragraphs.SequenceEqual(actual.Paragraphs),
            $"paragraphs differ for {input}\nsanitizer: [{string.Join(" | ", expected.Paragraphs)}]\nfast path: [{string.Join(" | ", actual.Paragraphs)}]");
    }
}
