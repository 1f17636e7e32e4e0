using WireDesk.Core.Stories;
using WireDesk.Formats.Syndication;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Golden test for Samples/Syndication/rss20-content-encoded.xml; every value read off the sample by hand.</summary>
public sealed class RssSampleTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    [Fact]
    public void An_rss_item_with_content_encoded_has_the_full_text_as_body_and_the_description_as_summary()
    {
        var result = SyndicationTestKit.ParseSample("rss20-content-encoded.xml");

        Assert.Empty(result.Result.Errors);
        Assert.Empty(result.Recoveries);
        Assert.Equal(2, result.Result.Stories.Count);
        var story = result.Result.Stories[0];
        Assert.Equal("EXW-2026-000123", story.Guid);
        Assert.Equal("https://wire.example.in/national/monsoon-session-july-21", story.Link);
        Assert.Equal("Monsoon session to begin on July 21, says minister", story.Headline);
        Assert.Equal("The Monsoon session of Parliament will begin on July 21\u2026", story.Summary);
        Assert.Equal(
            [
                "New Delhi [India], July 2 (EXW): The Monsoon session of Parliament will begin on July 21 and end on August 12, the Parliamentary Affairs Minister said on Wednesday.",
                "\"All parties have been invited to a meeting on July 19,\" the minister told reporters. Read more",
            ],
            story.Body.Paragraphs);
        Assert.DoesNotContain("script", story.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://wire.example.in/national/all-party-meeting\"", story.Body.Html, StringComparison.Ordinal);
        Assert.Equal(StoryIdentity.ContentHash(story.Body), story.ContentHash);
        Assert.Equal("Example Wire Staff", story.Byline);
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 14, 5, 0, Ist), story.FirstCreated);
        Assert.Equal(Ist, story.FirstCreated!.Value.Offset);
        Assert.Equal(story.FirstCreated, story.VersionCreated);
        Assert.Equal([new Subject(null, "Politics", null), new Subject(null, "National", "https://wire.example.in/sections")], story.Subjects);
        Assert.Equal(
            [
                new MediaLink("https://img.example.in/2026/07/parliament.jpg") { Type = "image/jpeg", Length = 245760, Rel = "enclosure" },
                new MediaLink("https://img.example.in/2026/07/parliament-large.jpg")
                    { Type = "image/jpeg", Length = 1048576, Title = "Parliament House in New Delhi", Rel = "media" },
                new MediaLink("https://img.example.in/2026/07/parliament-thumb.jpg") { Rel = "thumbnail" },
            ],
            story.Media);
        Assert.Equal("Example Wire \u2013 National", story.Creditline);
        Assert.Equal("Example Wire \u2013 National", story.Agency);
        Assert.Equal("rss", story.Format);
        Assert.Equal("utf-8", story.Encoding);
        Assert.Equal("en-in", story.Language);
        Assert.Equal("test-feed", story.Source);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void An_rss_item_without_full_text_has_its_body_built_from_the_description_and_relative_links_resolved_against_the_channel_link()
    {
        var story = SyndicationTestKit.ParseSample("rss20-content-encoded.xml").Result.Stories[1];

        Assert.Equal("https://wire.example.in/business/markets-close-higher", story.Link);
        Assert.Equal("https://wire.example.in/business/markets-close-higher", story.Guid);
        Assert.Equal("Business Desk", story.Byline);
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 16, 10, 0, Ist), story.FirstCreated);
        const string Text = "Mumbai, Jul 2 (EXW) Benchmark indices closed higher on Wednesday, led by gains in IT stocks.";
        Assert.Equal(Text, story.Summary);
        Assert.Equal([Text], story.Body.Paragraphs);
        Assert.Empty(story.Media);
    }

    [Fact]
    public void The_configured_agency_wins_over_the_feed_title_which_stays_the_credit_line()
    {
        var story = SyndicationTestKit.ParseSample("rss20-content-encoded.xml", new ParseContext("exw-national") { DefaultAgency = "EXW" })
            .Result.Stories[0];

        Assert.Equal("EXW", story.Agency);
        Assert.Equal("Example Wire \u2013 National", story.Creditline);
        Assert.Equal("exw-national", story.Source);
    }

    [Fact]
    public void The_feed_head_carries_the_channel_title_link_language_and_dialect()
    {
        var feed = SyndicationTestKit.ParseSample("rss20-content-encoded.xml").Feed;

        Assert.Equal(new FeedHead("rss20") { Title = "Example Wire \u2013 National", Link = "https://wire.example.in/national", Language = "en-in" }, feed);
    }
}
