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
        "<p>First line<br>second line<br/>third</p>",
        "<div>before<br>between <b>bold<br>still bold</b><p>block</p>after<br>last</div>",
        "<blockquote> <br> quoted <br><br> text </blockquote>",
        "<div><div>inner<br>line</div>tail<br></div>",
        "<ul>\n <li>one<br>two</li>\n <li><p>para</p>loose</li> </ul>",
        "<ol>&nbsp;<li>x</li></ol>",
        "<p>&amp; &lt; &gt; &quot; &nbsp; &lsquo;&rsquo; &ldquo;&rdquo; &ndash; &mdash; &hellip; &eacute; &#233; &#x1F600;</p>",
        "<p><a href=\"https://x.test/?q=1&amp;r=&quot;2&quot;\" title=\"1 < 2 &amp; 3 > 2\">x</a></p>",
        "<p><img src=\"https://x.test/a.jpg\" alt=\"A&nbsp;B\" width=\"10\" height=\"20\"/></p>",
        "<h3>Heading <small>small</small></h3><p>Body <sub>1</sub><sup>2</sup> <code>x</code> <q cite=\"https://q.test/\">q</q></p>",
        "<P>Upper-case <EM>tags</EM> and <A HREF=\"HTTPS://X.TEST/\">scheme</A></P>",
        "   \t\f&#32;&nbsp;lead<p>x</p>\u2003",
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
    [InlineData("<p><a href=\"javascript:x\" href=\"https://x.test/\">the parser keeps the first href</a></p>")]
    public void Anything_else_takes_the_full_sanitizer(string html) =>
        Assert.Null(SimpleHtmlBody.TryBuild(html, Base));

    [Fact]
    public void Bodies_shaped_like_the_benchmark_feeds_all_take_the_fast_path_and_match_the_sanitizer()
    {
        var random = new Random(20260109);
        for (var i = 0; i < 300; i++)
        {
            var html = BenchFeedBody(random);
            var fast = SimpleHtmlBody.TryBuild(html, Base);

            Assert.True(fast is not null, $"took the full path: {html}");
            AssertSame(BodyBuilder.FromHtmlWithSanitizer(html, Base), fast, html);
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_and_from_html_keeps_only_its_text()
    {
        var html = "<p>Lead</p>" + string.Concat(Enumerable.Repeat("<b>", HtmlNesting.Max + 1)) + "deep" +
                   string.Concat(Enumerable.Repeat("</b>", HtmlNesting.Max + 1));

        Assert.Null(SimpleHtmlBody.TryBuild(html, Base));
        var body = BodyBuilder.FromHtml(html, Base);
        Assert.Equal(["Lead", "deep"], body.Paragraphs);
        Assert.Equal("<p>Lead</p>\n<p>deep</p>", body.Html);
    }

    [Fact]
    public void Nesting_up_to_the_limit_takes_the_fast_path_and_matches_the_sanitizer()
    {
        // Paragraphs and list items do not count towards the limit, as HtmlNesting does not count them.
        var html = "<div><div><div><p>" + string.Concat(Enumerable.Repeat("<i>", HtmlNesting.Max - 3)) + "deep" +
                   string.Concat(Enumerable.Repeat("</i>", HtmlNesting.Max - 3)) + "</p></div></div></div>";

        var fast = SimpleHtmlBody.TryBuild(html, Base);

        Assert.NotNull(fast);
        AssertSame(BodyBuilder.FromHtmlWithSanitizer(html, Base), fast);
    }

    [Fact]
    public void Tags_spelled_inside_attribute_values_count_towards_the_nesting_limit_as_the_pre_scan_counts_them()
    {
        var hidden = string.Concat(Enumerable.Repeat("<b>", HtmlNesting.Max + 1));
        var deep = $"<p title=\"{hidden}\">text</p>";
        var shallow = "<p title=\"<b><i>1 < 2\">text</p>";

        Assert.True(HtmlNesting.TooDeep(deep));
        Assert.Null(SimpleHtmlBody.TryBuild(deep, Base));
        var textOnly = BodyBuilder.FromParagraphs(HtmlNesting.TextOnly(deep));
        AssertSame(textOnly, BodyBuilder.FromHtml(deep, Base), deep);
        var fast = SimpleHtmlBody.TryBuild(shallow, Base);
        Assert.NotNull(fast);
        AssertSame(BodyBuilder.FromHtmlWithSanitizer(shallow, Base), fast);
    }

    [Theory]
    [InlineData("amp")]
    [InlineData("lt")]
    [InlineData("gt")]
    [InlineData("quot")]
    [InlineData("nbsp")]
    [InlineData("lsquo")]
    [InlineData("rsquo")]
    [InlineData("ldquo")]
    [InlineData("rdquo")]
    [InlineData("ndash")]
    [InlineData("mdash")]
    [InlineData("hellip")]
    public void The_entities_read_without_a_lookup_read_as_the_framework_decodes_them(string name) =>
        Assert.Equal(System.Net.WebUtility.HtmlDecode($"&{name};"), SimpleHtmlReader.CommonEntity(name).ToString());

    [Fact]
    public void Entities_read_without_a_lookup_are_case_sensitive_as_the_framework_is()
    {
        Assert.Equal('\0', SimpleHtmlReader.CommonEntity("AMP"));
        Assert.Equal("&AMP;", System.Net.WebUtility.HtmlDecode("&AMP;"));
    }

    [Fact]
    public void A_relative_link_without_a_base_takes_the_full_sanitizer() =>
        Assert.Null(SimpleHtmlBody.TryBuild("<p><a href=\"/x\">x</a></p>", null));

    [Theory]
    [InlineData(20260109)]
    [InlineData(7)]
    [InlineData(424242)]
    public void On_thousands_of_random_inputs_the_fast_path_never_disagrees_with_the_sanitizer(int seed)
    {
        var random = new Random(seed);
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
        " title=\"1 < 2 > 0\"", " alt='say \"hi\"'", " href=\"javascript:x\" href=\"https://x.test/\"", " title=\"a\" TITLE=\"b\"",
        " width=\"&#49;0\" height=\"&nbsp;\"", " href=\"HTTP://X.TEST/&lt;\"", " src=\"https://x.test/i.png\"/",
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

    private static readonly string[] Places = ["New Delhi [India]", "Mumbai [India]", "Washington DC [US]", "OSLO [Norway]", "Lyon [France]"];

    private static readonly string[] Words =
        ("government said on Friday the ministry would review the proposal after talks with state officials and industry " +
         "groups as prices rose for a third month while analysts expected the central bank to hold rates steady").Split(' ');

    /// <summary>A body as bench/feeds/write_feeds.py writes one: a dateline lead, one to three more paragraphs, now
    /// and then a link and an emphasised credit with an escaped ampersand.</summary>
    private static string BenchFeedBody(Random random)
    {
        string Sentence(int words)
        {
            var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
            return char.ToUpperInvariant(text[0]) + text[1..] + ".";
        }

        var paragraphs = new List<string> { $"{Places[random.Next(Places.Length)]}, Jan {random.Next(1, 29)} (ANI): {Sentence(18)}" };
        for (var n = random.Next(1, 4); n > 0; n--) paragraphs.Add(Sentence(random.Next(10, 19)));
        if (random.Next(2) == 0)
            paragraphs[1] = paragraphs[1][..^1] + $", <a href=\"https://www.example.org/report/{random.Next(1, 9999)}\">the report</a> said.";
        if (random.Next(3) == 0) paragraphs[^1] = paragraphs[^1][..^1] + " <em>(Reuters &amp; AFP contributed)</em>.";
        if (random.Next(4) == 0) paragraphs[0] = paragraphs[0].Replace("said", "said &quot;it&#x27;s&quot;", StringComparison.Ordinal);
        return string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
    }

    private static void AssertSame(StoryBody expected, StoryBody actual, string? input = null)
    {
        Assert.True(expected.Html == actual.Html, $"HTML differs for {input}\nsanitizer: {expected.Html}\nfast path: {actual.Html}");
        Assert.True(expected.Paragraphs.SequenceEqual(actual.Paragraphs),
            $"paragraphs differ for {input}\nsanitizer: [{string.Join(" | ", expected.Paragraphs)}]\nfast path: [{string.Join(" | ", actual.Paragraphs)}]");
    }
}
