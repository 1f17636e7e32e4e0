using WireDesk.Core.Stories;
using WireDesk.Formats.NewsMl1;
using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.NewsMl1;

/// <summary>Our own NewsML 1.2 samples.</summary>
public sealed class NewsMl1ParserTests
{
    private static readonly NewsMl1Parser Parser = new();

    private static Story Read(string file) => Single(ParseFile(Parser, Sample("NewsMl1", file)));

    [Fact]
    public void A_basic_item_maps_identification_management_and_news_lines()
    {
        var story = Read("newsml1-basic.xml");

        Assert.Equal("newsml-1.2", story.Format);
        Assert.Equal("urn:newsml:aninews.in:20260109:DEL-FLOODS", story.Guid);
        Assert.Equal(2, story.Version);
        Assert.Equal(Signals.Update, story.Signals);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        AssertTime("2026-01-09T12:30:00+05:30", story.FirstCreated);
        AssertTime("2026-01-09T15:55:10+05:30", story.VersionCreated);
        Assert.Equal(2, story.Urgency);
        Assert.Equal(3, story.Priority);
        Assert.Equal("ANI", story.Agency);
        Assert.Equal("Flood alert issued in three districts", story.Headline);
        Assert.Equal("Rescue teams on standby", story.SubHeadline);
        Assert.Equal("By ANI", story.Byline);
        Assert.Equal("ANI", story.Creditline);
        Assert.Equal("ASSAM-FLOODS", story.Slugline);
        Assert.Equal(["floods", "Assam"], story.Keywords);
        Assert.Equal("en", story.Language);
        Assert.Equal("Current", story.Genre);
        Assert.Equal([new Subject("17000000", null, "IptcSubjectCodes")], story.Subjects);
    }

    [Fact]
    public void The_dateline_line_is_read_into_place_region_country_and_date()
    {
        var dateline = Read("newsml1-basic.xml").Dateline;

        Assert.NotNull(dateline);
        Assert.Equal("Guwahati (Assam) [India], January 9", dateline.Text);
        Assert.Equal("Guwahati", dateline.Place);
        Assert.Equal("Assam", dateline.Region);
        Assert.Equal("IN", dateline.Country);
        Assert.Equal((1, 9), (dateline.Month, dateline.Day));
    }

    [Fact]
    public void An_inline_NITF_data_content_is_the_body_and_its_abstract_the_summary()
    {
        var story = Read("newsml1-basic.xml");

        Assert.Equal(
        [
            "Guwahati (Assam) [India], January 9 (ANI): A flood alert was issued in three districts of Assam on Friday.",
            "Rescue teams are on standby, officials said.",
        ], story.Body.Paragraphs);
        Assert.Equal("A flood alert was issued in three districts of Assam.", story.Summary);
        var photo = Assert.Single(story.Media);
        Assert.Equal("https://media.example.com/floods.jpg", photo.Href);
        Assert.Equal("image/jpeg", photo.Type);
    }

    [Fact]
    public void A_canceled_item_is_a_kill_under_the_identifier_built_from_its_parts()
    {
        var story = Read("newsml1-canceled.xml");

        Assert.Equal("urn:newsml:aninews.in:20260109:DEL-FLOODS", story.Guid);
        Assert.Equal(3, story.Version);
        Assert.Equal(PubStatus.Canceled, story.PubStatus);
        Assert.True(story.Signals.HasFlag(Signals.Kill));
        Assert.Equal("aninews.in", story.Agency);
        Assert.Equal(["Editors: the story slugged ASSAM-FLOODS is killed.", "Please remove it from all platforms."], story.Body.Paragraphs);
    }

    [Theory]
    [InlineData("urn:newsml:reuters.com:20260109:SPX1:3", "urn:newsml:reuters.com:20260109:SPX1")]
    [InlineData("urn:newsml:reuters.com:20260109:SPX1:12U", "urn:newsml:reuters.com:20260109:SPX1")]
    [InlineData("urn:newsml:reuters.com:20260109:SPX1", "urn:newsml:reuters.com:20260109:SPX1")]
    public void The_public_identifier_loses_only_its_revision_part(string publicIdentifier, string guid)
    {
        var story = Single(ParseText(Parser, $"""
            <NewsML><NewsItem><Identification><NewsIdentifier><PublicIdentifier>{publicIdentifier}</PublicIdentifier></NewsIdentifier></Identification>
            <NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>
            """));

        Assert.Equal(guid, story.Guid);
    }

    [Fact]
    public void An_embargoed_status_holds_until_the_status_change_time()
    {
        var story = Single(ParseText(Parser, """
            <NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId><DateId>20260109</DateId><NewsItemId>E1</NewsItemId></NewsIdentifier></Identification>
            <NewsManagement><Status FormalName="Embargoed"/><StatusWillChange><FutureStatus FormalName="Usable"/>
            <DateAndTimeOfChange>20260110T060000+0530</DateAndTimeOfChange></StatusWillChange></NewsManagement>
            <NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>
            """));

        Assert.Equal(PubStatus.Usable, story.PubStatus);
        AssertTime("2026-01-10T06:00:00+05:30", story.Embargo?.Until);
    }

    [Fact]
    public void Several_news_items_give_several_stories_and_a_bad_one_an_error()
    {
        var result = ParseText(Parser, """
            <NewsML>
              <NewsItem><NewsComponent><ContentItem><DataContent>No identity, no headline.</DataContent></ContentItem></NewsComponent></NewsItem>
              <NewsItem><Identification><NewsIdentifier><PublicIdentifier>urn:newsml:x:1:A:1</PublicIdentifier></NewsIdentifier></Identification></NewsItem>
            </NewsML>
            """);

        Assert.Equal("urn:newsml:x:1:A", Assert.Single(result.Stories).Guid);
        Assert.Contains("NewsItem 1", Assert.Single(result.Errors).Where);
    }
}
