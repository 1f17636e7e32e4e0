using WireDesk.Core.Stories;
using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Golden test for Samples/Syndication/jsonfeed11.json; every value read off the sample by hand.</summary>
public sealed class JsonFeedSampleTests
{
    [Fact]
    public void A_json_feed_item_maps_html_content_authors_tags_image_and_attachments()
    {
        var result = SyndicationTestKit.ParseSample("jsonfeed11.json");

        Assert.Empty(result.Result.Errors);
        Assert.Equal(new FeedHead("json11") { Title = "Example Wire JSON", Link = "https://json.example.com/", Language = "en-GB" }, result.Feed);
        var story = result.Result.Stories[0];
        Assert.Equal("https://json.example.com/2026/03/03/budget", story.Guid);
        Assert.Equal("https://json.example.com/2026/03/03/budget", story.Link);
        Assert.Equal("Budget sets out spending plans", story.Headline);
        Assert.Equal("The budget sets out spending plans for the next three years.", story.Summary);
        Assert.Equal(["London (EXW) - The budget sets out spending plans for the next three years.", "It was presented on Tuesday."], story.Body.Paragraphs);
        Assert.Equal("Sam Carter, Alex Morgan", story.Byline);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 12, 30, 0, TimeSpan.Zero), story.FirstCreated);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 13, 5, 0, TimeSpan.Zero), story.VersionCreated);
        Assert.Equal(["budget", "economy"], story.Keywords);
        Assert.Equal(
            [
                new MediaLink("https://json.example.com/img/budget.jpg") { Rel = "image" },
                new MediaLink("https://json.example.com/audio/budget.mp3") { Type = "audio/mpeg", Length = 3145728, Title = "Budget explained", Rel = "enclosure" },
            ],
            story.Media);
        Assert.Equal("en-GB", story.Language);
        Assert.Equal("jsonfeed", story.Format);
        Assert.Equal("Example Wire JSON", story.Creditline);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_json_feed_item_with_only_text_content_has_paragraphs_from_blank_lines_and_the_feed_authors()
    {
        var story = SyndicationTestKit.ParseSample("jsonfeed11.json").Result.Stories[1];

        Assert.Equal("item-2026-03-03-rail", story.Guid);
        Assert.Equal("https://json.example.com/2026/03/03/rail", story.Link);
        Assert.Equal(["Leeds (EXW) - A planned rail strike was called off on Tuesday.", "Talks will resume next week."], story.Body.Paragraphs);
        Assert.Equal("Example Wire Desk", story.Byline);
        Assert.Null(story.Summary);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero), story.FirstCreated);
    }
}
