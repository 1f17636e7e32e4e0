using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class BodyBuilderTests
{
    [Fact]
    public void Paragraphs_are_kept_verbatim_and_escaped_in_html()
    {
        var body = BodyBuilder.FromParagraphs(["Mumbai, Mar 3 (PTI) Shares <rose> & \"fell\".", "", "  ", "Second."]);

        Assert.Equal(["Mumbai, Mar 3 (PTI) Shares <rose> & \"fell\".", "Second."], body.Paragraphs);
        Assert.Equal("<p>Mumbai, Mar 3 (PTI) Shares &lt;rose&gt; &amp; &quot;fell&quot;.</p>\n<p>Second.</p>", body.Html);
    }

    [Fact]
    public void Html_loses_scripts_handlers_and_dangerous_links_but_keeps_the_text()
    {
        const string html =
            "<div class='x'><p onclick='steal()'>Lead <b>bold</b> <a href='javascript:alert(1)'>link</a></p>" +
            "<script>alert('x')</script><style>p{}</style><iframe src='https://evil'>frame text</iframe>" +
            "<p><span style='color:red'>Kept</span> <font>text</font></p></div>";

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(["Lead bold link", "Kept text"], body.Paragraphs);
        Assert.DoesNotContain("script", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("iframe", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class", body.Html, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_links_and_images_stay_and_relative_ones_resolve_against_the_base()
    {
        const string html =
            "<p><a href='/story/1'>rel</a> <a href='mailto:desk@example.com'>mail</a></p>" +
            "<figure><img src='https://img.example.com/a.jpg' alt='A'><figcaption>Caption</figcaption></figure>" +
            "<p><img src='data:image/png;base64,AAAA'></p>";

        var body = BodyBuilder.FromHtml(html, new Uri("https://agency.example.com/feed/"));

        Assert.Contains("href=\"https://agency.example.com/story/1\"", body.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:desk@example.com\"", body.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://img.example.com/a.jpg\"", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", body.Html, StringComparison.Ordinal);
        Assert.Equal(["rel mail", "Caption"], body.Paragraphs);
    }

    [Fact]
    public void Each_block_element_is_one_paragraph_in_document_order()
    {
        const string html =
            "<h2>Sub</h2><p>One\n   two</p><ul><li>First</li><li>Second</li></ul>" +
            "<blockquote><p>Quoted</p></blockquote><table><tr><td>Cell A</td><td>Cell B</td></tr></table>";

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(["Sub", "One two", "First", "Second", "Quoted", "Cell A", "Cell B"], body.Paragraphs);
    }

    [Fact]
    public void Loose_text_between_blocks_splits_at_line_breaks()
    {
        var body = BodyBuilder.FromHtml("First paragraph.<br><br>Second <i>one</i>.<p>Third.</p>");

        Assert.Equal(["First paragraph.", "Second one.", "Third."], body.Paragraphs);
    }

    [Fact]
    public void A_line_break_inside_a_paragraph_is_a_newline()
    {
        var body = BodyBuilder.FromHtml("<p>Line one<br>Line two</p>");

        Assert.Equal(["Line one\nLine two"], body.Paragraphs);
    }

    [Fact]
    public void Div_blocks_stay_separate_paragraphs_and_an_h1_becomes_an_h2()
    {
        var body = BodyBuilder.FromHtml("<h1 id='t'>Title</h1><div>First block</div><div>Second <span>block</span></div>");

        Assert.Equal(["Title", "First block", "Second block"], body.Paragraphs);
        Assert.StartsWith("<h2>Title</h2>", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("span", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_are_decoded_in_paragraph_text_and_kept_escaped_in_html()
    {
        var body = BodyBuilder.FromHtml("<p>Tom &amp; Jerry &lt;3 &#8220;quoted&#8221; &nbsp;end</p>");

        Assert.Equal(["Tom & Jerry <3 \u201cquoted\u201d \u00a0end"], body.Paragraphs);
        Assert.Contains("Tom &amp; Jerry &lt;3", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_elements_outside_the_allow_list_still_separate_paragraphs()
    {
        const string html =
            "<header>Top</header><main>Body</main><nav>Links</nav><center>Centered</center>" +
            "<aside>Aside</aside><address>Desk</address><footer>End</footer>";

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(["Top", "Body", "Links", "Centered", "Aside", "Desk", "End"], body.Paragraphs);
        foreach (var tag in new[] { "header", "main", "nav", "center", "aside", "address", "footer" })
            Assert.DoesNotContain("<" + tag, body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_and_section_line_in_disallowed_wrappers_do_not_run_into_the_story()
    {
        // The shape of TT's ninjs html5 body: headline, then a section line, then the story, each in its own block.
        const string html =
            "<article><header><h1>Militärövning i jätteformat hålls 2023</h1><hgroup>Försvar TT</hgroup></header>" +
            "<main><p>Pandemin satte stopp för den stora internationella militärövningen.</p></main></article>";

        var body = BodyBuilder.FromHtml(html);

        Assert.Equal(
            ["Militärövning i jätteformat hålls 2023", "Försvar TT", "Pandemin satte stopp för den stora internationella militärövningen."],
            body.Paragraphs);
    }
}
