using WireDesk.Core.Stories;
using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Golden test for Samples/Syndication/rss10-rdf.xml; every value read off the sample by hand.</summary>
public sealed class RdfSampleTests
{
    [Fact]
    public void An_rss_1_0_item_takes_its_guid_from_rdf_about_and_its_byline_date_and_subject_from_dublin_core()
    {
        var result = SyndicationTestKit.ParseSample("rss10-rdf.xml");

        Assert.Empty(result.Result.Errors);
        // The image's own title and link sit beside the channel and must not replace the channel's.
        Assert.Equal(new FeedHead("rss10") { Title = "Example RDF Wire", Link = "https://rdf.example.net/" }, result.Feed);
        var story = Assert.Single(result.Result.Stories);
        Assert.Equal("https://rdf.example.net/story/81", story.Guid);
        Assert.Equal("https://rdf.example.net/story/81", story.Link);
        Assert.Equal("Harvest festival draws record crowds", story.Headline);
        Assert.Equal("Record crowds attended the harvest festival on Sunday.", story.Summary);
        Assert.Equal(["Record crowds attended the harvest festival on Sunday."], story.Body.Paragraphs);
        Assert.Equal("Lena Vogt", story.Byline);
        Assert.Equal(new DateTimeOffset(2026, 9, 13, 18, 20, 0, TimeSpan.FromHours(2)), story.FirstCreated);
        Assert.Equal(story.FirstCreated, story.VersionCreated);
        Assert.Equal([new Subject(null, "Culture", null)], story.Subjects);
        Assert.Equal("en", story.Language);
        Assert.Equal("rdf", story.Format);
    }
}
