namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Samples/Syndication/rss20-one-broken-item.xml: the second of three items is not well-formed.</summary>
public sealed class BrokenFeedTests
{
    [Fact]
    public void A_feed_with_one_broken_item_yields_the_good_items_and_one_error_for_the_broken_one()
    {
        var result = SyndicationTestKit.ParseSample("rss20-one-broken-item.xml");

        Assert.Equal(["First brief", "Third brief"], result.Result.Stories.Select(s => s.Headline));
        Assert.Equal(["https://briefs.example.com/1", "https://briefs.example.com/3"], result.Result.Stories.Select(s => s.Guid));
        var error = Assert.Single(result.Result.Errors);
        Assert.StartsWith("entry 2", error.Where, StringComparison.Ordinal);
        Assert.True(result.HadToRecover);
    }

    [Fact]
    public void Every_story_of_a_recovered_feed_carries_the_bozo_warning()
    {
        var result = SyndicationTestKit.ParseSample("rss20-one-broken-item.xml");

        Assert.All(result.Result.Stories, story => Assert.Contains(story.Warnings, w => w.StartsWith("bozo: entry 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void After_a_broken_rdf_item_the_next_items_keep_their_namespaces()
    {
        const string Feed = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://x.test/"><title>RDF</title></channel>
              <item rdf:about="https://x.test/1"><title>One</title><dc:creator>A</dc:creator></item>
              <item rdf:about="https://x.test/2"><title>Two <i>broken</title></item>
              <item rdf:about="https://x.test/3"><title>Three</title><dc:creator>C</dc:creator></item>
            </rdf:RDF>
            """;

        var result = SyndicationTestKit.ParseText(Feed);

        Assert.Equal(["https://x.test/1", "https://x.test/3"], result.Result.Stories.Select(s => s.Guid));
        Assert.Equal(["A", "C"], result.Result.Stories.Select(s => s.Byline));
        Assert.StartsWith("entry 2", Assert.Single(result.Result.Errors).Where, StringComparison.Ordinal);
    }
}
