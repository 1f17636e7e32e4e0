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
}
