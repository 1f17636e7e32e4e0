using WireDesk.Core.Stories;
using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>Golden test for Samples/Syndication/atom10-xml-base.xml; every value read off the sample by hand.</summary>
public sealed class AtomSampleTests
{
    [Fact]
    public void Atom_links_resolve_against_the_xml_base_in_scope_of_the_feed_and_of_the_content()
    {
        var result = SyndicationTestKit.ParseSample("atom10-xml-base.xml");

        Assert.Empty(result.Result.Errors);
        Assert.Equal(new FeedHead("atom10") { Title = "Example News & Wire", Link = "https://news.example.org/wire/", Language = "en" }, result.Feed);
        var story = result.Result.Stories[0];
        Assert.Equal("tag:news.example.org,2026:wire/4711", story.Guid);
        Assert.Equal("https://news.example.org/wire/2026/01/09/flood-alert", story.Link);
        Assert.Equal("Flood alert issued for coastal districts", story.Headline);
        Assert.Equal("Authorities issued a flood alert for three coastal districts.", story.Summary);
        Assert.Equal(
            ["Chennai [India], January 9: Authorities issued a flood alert for three coastal districts on Friday.", "See the district map."],
            story.Body.Paragraphs);
        Assert.Contains("href=\"https://news.example.org/wire/2026/01/09/map.html\"", story.Body.Html, StringComparison.Ordinal);
        Assert.Equal("Priya Raman", story.Byline);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 10, TimeSpan.FromHours(5.5)), story.FirstCreated);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 21, 21, 54, TimeSpan.FromHours(5.5)), story.VersionCreated);
        Assert.Equal([new Subject("weather", "Weather", "https://news.example.org/topics")], story.Subjects);
        Assert.Equal([new MediaLink("https://news.example.org/media/flood.jpg") { Type = "image/jpeg", Length = 51200, Rel = "enclosure" }], story.Media);
        Assert.Equal("en", story.Language);
        Assert.Equal("atom", story.Format);
        Assert.Equal("Example News & Wire", story.Creditline);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void An_entry_level_xml_base_overrides_the_feed_base_for_links_and_xhtml_content()
    {
        var story = SyndicationTestKit.ParseSample("atom10-xml-base.xml").Result.Stories[1];

        Assert.Equal("https://news.example.org/regional/bridge-reopens", story.Link);
        Assert.Equal("Bridge reopens after repairs", story.Headline);
        Assert.Equal(["The Old Town bridge reopened on Friday."], story.Body.Paragraphs);
        Assert.Contains("src=\"https://news.example.org/regional/img/bridge.jpg\"", story.Body.Html, StringComparison.Ordinal);
        Assert.Null(story.Summary);
        Assert.Null(story.Byline);
        // Only "updated" is given: it is the best known time for both.
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 18, 0, 0, TimeSpan.Zero), story.FirstCreated);
        Assert.Equal(story.FirstCreated, story.VersionCreated);
    }
}
