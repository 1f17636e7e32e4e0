namespace WireDesk.Formats.Tests.Syndication;

/// <summary>
/// Feeds are read as delivered first and repaired only when that reading does not take them; every repair must still
/// happen, whichever reader ends up reading the feed.
/// </summary>
public sealed class RepairBeforeReadingTests
{
    private const string CleanItem = "<item><guid>urn:a</guid><title>Clean</title><description>Plain copy.</description></item>";

    [Fact]
    public void A_reference_to_a_c1_control_becomes_the_windows_1252_character_meant()
    {
        var result = SyndicationTestKit.ParseText($"<rss version=\"2.0\"><channel>{CleanItem}<item><guid>urn:b</guid><title>It&#146;s done &#150; at last</title></item></channel></rss>");

        Assert.Equal(["Clean", "It\u2019s done \u2013 at last"], result.Result.Stories.Select(s => s.Headline));
        Assert.Contains(result.Result.Stories[1].Warnings, w => w.Contains("C1 controls", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_entity_in_a_feed_is_read_as_its_character()
    {
        var result = SyndicationTestKit.ParseText($"<rss version=\"2.0\"><channel>{CleanItem}<item><guid>urn:b</guid><title>Caf&eacute;&nbsp;talks</title></item></channel></rss>");

        Assert.Equal("Caf\u00e9\u00a0talks", result.Result.Stories[1].Headline);
        Assert.Contains(result.Recoveries, r => r.StartsWith("bozo:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_ampersand_is_kept_as_text()
    {
        var result = SyndicationTestKit.ParseText($"<rss version=\"2.0\"><channel>{CleanItem}<item><guid>urn:b</guid><title>Marks & Spencer</title></item></channel></rss>");

        Assert.Equal("Marks & Spencer", result.Result.Stories[1].Headline);
    }

    [Fact]
    public void An_entity_declared_in_the_doctype_is_expanded()
    {
        var result = SyndicationTestKit.ParseText($"<!DOCTYPE rss [<!ENTITY desk \"World Desk\">]><rss version=\"2.0\"><channel>{CleanItem}<item><guid>urn:b</guid><title>&desk; report</title></item></channel></rss>");

        Assert.Equal("World Desk report", result.Result.Stories[1].Headline);
    }

    [Fact]
    public void A_clean_feed_reports_no_recovery()
    {
        var result = SyndicationTestKit.ParseText($"<rss version=\"2.0\"><channel>{CleanItem}</channel></rss>");

        Assert.Empty(result.Recoveries);
        Assert.Equal("Plain copy.", Assert.Single(result.Result.Stories).Summary);
    }
}
