namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Feeds cut off in delivery, and feeds nested deeper than any real one: never silent, never a crash.</summary>
public sealed class TruncatedAndDeepFeedTests
{
    private const string TwoItems = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
        <channel>
        <title>Cut wire</title>
        <item><title>First</title><guid>urn:test:1</guid><description>One.</description></item>
        <item><title>Second</title><guid>urn:test:2</guid><description>Two.</description></item>
        """;

    [Fact]
    public void A_feed_cut_off_between_items_keeps_its_items_and_reports_the_cut_with_its_line_and_position()
    {
        var result = SyndicationTestKit.ParseText(TwoItems);

        Assert.Equal(["urn:test:1", "urn:test:2"], result.Result.Stories.Select(s => s.Guid));
        var error = Assert.Single(result.Result.Errors);
        Assert.Matches(@"^line 6, position \d+$", error.Where);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_cut_off_inside_an_item_reports_that_item_as_cut_off_with_its_line_and_position()
    {
        var result = SyndicationTestKit.ParseText(TwoItems + "<item><title>Third</title><descrip");

        Assert.Equal(["urn:test:1", "urn:test:2"], result.Result.Stories.Select(s => s.Guid));
        var error = Assert.Single(result.Result.Errors);
        Assert.Matches(@"^entry 3 \(line 6, position \d+\)$", error.Where);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feed_cut_off_before_its_first_entry_yields_an_error_not_an_empty_success()
    {
        var result = SyndicationTestKit.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Cut</title>
              <id>urn:test:feed</id>
              <upda
            """);

        Assert.Empty(result.Result.Stories);
        Assert.Contains("cut off", Assert.Single(result.Result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_whose_only_break_leaves_no_entry_at_all_reports_that_break_as_an_error()
    {
        var result = SyndicationTestKit.ParseText("""
            <rss version="2.0"><channel><title>Broken head</title><link>https://x.test/</lnk></channel></rss>
            """);

        Assert.Empty(result.Result.Stories);
        var error = Assert.Single(result.Result.Errors);
        Assert.StartsWith("line 1, position ", error.Where, StringComparison.Ordinal);
        Assert.StartsWith("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_feed_without_items_is_no_error()
    {
        var result = SyndicationTestKit.ParseText("""<rss version="2.0"><channel><title>Quiet</title></channel></rss>""");

        Assert.Empty(result.Result.Stories);
        Assert.Empty(result.Result.Errors);
    }

    [Fact]
    public void Markup_nested_fifty_thousand_deep_in_a_description_is_read_without_overflowing_the_stack()
    {
        const int Depth = 50_000;
        var nested = string.Concat(Enumerable.Repeat("<b>", Depth)) + "deep" + string.Concat(Enumerable.Repeat("</b>", Depth));
        var feed = $"""
            <rss version="2.0"><channel><title>Deep</title>
            <item><title>Deep item</title><guid>urn:test:deep</guid><description>{nested}</description></item>
            <item><title>Next item</title><guid>urn:test:next</guid><description>Fine.</description></item>
            </channel></rss>
            """;

        var result = SyndicationTestKit.ParseText(feed);

        Assert.Empty(result.Result.Errors);
        Assert.Equal(["urn:test:deep", "urn:test:next"], result.Result.Stories.Select(s => s.Guid));
        Assert.Equal(["deep"], result.Result.Stories[0].Body.Paragraphs);
    }

    [Fact]
    public void Channels_nested_thousands_deep_are_not_followed_down_the_stack()
    {
        const int Depth = 20_000;
        var feed = "<rss version=\"2.0\">" + string.Concat(Enumerable.Repeat("<channel>", Depth)) + "<item><title>Lost</title></item>"
            + string.Concat(Enumerable.Repeat("</channel>", Depth)) + "</rss>";

        var result = SyndicationTestKit.ParseText(feed);

        Assert.Empty(result.Result.Errors);
        Assert.Empty(result.Result.Stories);
    }

    private const string JsonHead = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Cut JSON wire",
        """;

    [Fact]
    public void A_json_feed_cut_off_after_its_first_item_keeps_it_and_reports_the_cut()
    {
        var result = SyndicationTestKit.ParseText(JsonHead + """
              "items": [
                { "id": "urn:test:j1", "title": "One", "content_text": "First." },
                { "id": "urn:test:j2", "title": "Tw
            """);

        Assert.Equal(["urn:test:j1"], result.Result.Stories.Select(s => s.Guid));
        var error = Assert.Single(result.Result.Errors);
        Assert.Matches(@"^entry 2 \(line \d+, byte \d+\)$", error.Where);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_feed_cut_off_in_its_head_yields_an_error_not_an_empty_success()
    {
        var result = SyndicationTestKit.ParseText(JsonHead + "\n  \"home_page_url\": \"https://x.te");

        Assert.Empty(result.Result.Stories);
        var error = Assert.Single(result.Result.Errors);
        Assert.StartsWith("line ", error.Where, StringComparison.Ordinal);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_feed_broken_in_its_head_with_no_item_read_reports_that_break()
    {
        var result = SyndicationTestKit.ParseText(JsonHead + """
              "home_page_url": "https://x.test/" oops,
              "items": [ { "id": "urn:test:j1", "content_text": "Lost." } ]
            }
            """);

        Assert.Empty(result.Result.Stories);
        Assert.StartsWith("not well-formed JSON", Assert.Single(result.Result.Errors).Message, StringComparison.Ordinal);
    }
}
