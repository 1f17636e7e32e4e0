namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Mapping rules that the golden samples do not show.</summary>
public sealed class SyndicationMappingTests
{
    [Fact]
    public void An_item_with_neither_guid_nor_link_gets_a_derived_guid_and_a_warning()
    {
        var result = SyndicationTestKit.ParseText("<rss><channel><title>Desk</title><item><title>Storm warning</title></item></channel></rss>");

        var story = Assert.Single(result.Result.Stories);
        Assert.StartsWith("urn:wiredesk:derived:", story.Guid, StringComparison.Ordinal);
        Assert.Contains(story.Warnings, w => w.StartsWith("guid:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_permalink_guid_is_the_link_when_the_item_has_none()
    {
        var result = SyndicationTestKit.ParseText("<rss><channel><item><guid>https://example.com/a</guid></item><item><guid isPermaLink=\"false\">https://example.com/b</guid></item></channel></rss>");

        Assert.Equal(["https://example.com/a", null], result.Result.Stories.Select(s => s.Link));
    }

    [Fact]
    public void An_rss_author_in_the_email_and_name_form_becomes_a_byline_of_the_name()
    {
        var result = SyndicationTestKit.ParseText("<rss><channel><item><guid>1</guid><author>jo@example.com (Jo Bloggs)</author></item></channel></rss>");

        Assert.Equal("Jo Bloggs", Assert.Single(result.Result.Stories).Byline);
    }

    [Fact]
    public void An_atom_html_title_is_read_as_text()
    {
        const string Feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id><title type=\"html\">Q&amp;amp;A: &lt;b&gt;rates&lt;/b&gt;</title></entry></feed>";

        Assert.Equal("Q&A: rates", Assert.Single(SyndicationTestKit.ParseText(Feed).Result.Stories).Headline);
    }

    [Fact]
    public void An_atom_0_3_base64_content_is_decoded()
    {
        const string Feed = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><id>1</id><content type=\"text/html\" mode=\"base64\">PHA+SGVsbG8sIHdvcmxkPC9wPg==</content></entry></feed>";

        Assert.Equal(["Hello, world"], Assert.Single(SyndicationTestKit.ParseText(Feed).Result.Stories).Body.Paragraphs);
    }

    [Fact]
    public void An_unreadable_date_is_a_warning_and_no_date()
    {
        var result = SyndicationTestKit.ParseText("<rss><channel><item><guid>1</guid><pubDate>sometime soon</pubDate></item></channel></rss>");

        var story = Assert.Single(result.Result.Stories);
        Assert.Null(story.FirstCreated);
        Assert.Contains(story.Warnings, w => w.Contains("pubDate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_feed_broken_inside_its_third_item_keeps_the_first_two()
    {
        const string Feed = """{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","title":"One"},{"id":"2","title":"Two"},{"id":"3","title":"Thr""";

        var result = SyndicationTestKit.ParseText(Feed);

        Assert.Equal(["One", "Two"], result.Result.Stories.Select(s => s.Headline));
        Assert.StartsWith("entry 3", Assert.Single(result.Result.Errors).Where, StringComparison.Ordinal);
        Assert.True(result.HadToRecover);
    }

    [Fact]
    public void A_json_feed_property_of_the_wrong_type_is_a_warning_on_that_story()
    {
        const string Feed = """{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":7,"title":5,"content_text":"Body."}]}""";

        var story = Assert.Single(SyndicationTestKit.ParseText(Feed).Result.Stories);
        Assert.Equal("7", story.Guid);
        Assert.Null(story.Headline);
        Assert.Contains(story.Warnings, w => w.StartsWith("title:", StringComparison.Ordinal));
    }
}
