using WireDesk.Core.Stories;
using WireDesk.Formats.NewsMlG2;
using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.NewsMlG2;

/// <summary>Our own G2 samples for each lifecycle signal of PRODUCT.md §5.</summary>
public sealed class NewsMlG2LifecycleTests
{
    private static readonly NewsMlG2Parser Parser = new();

    private static Story Read(string file) => Single(ParseFile(Parser, Sample("NewsMlG2", file)));

    [Fact]
    public void An_update_carries_the_update_signal_its_version_and_the_previous_version_link()
    {
        var story = Read("g2-update.xml");

        Assert.Equal("urn:newsml:wiredesk.test:20260109:US-VENEZUELA", story.Guid);
        Assert.Equal(3, story.Version);
        Assert.Equal(Signals.Update, story.Signals);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal("urn:newsml:wiredesk.test:20260109:US-VENEZUELA:2", story.PreviousVersion);
        AssertTime("2026-01-09T15:55:10+05:30", story.FirstCreated);
        AssertTime("2026-01-09T21:21:54+05:30", story.VersionCreated);
        Assert.Equal("ANI", story.Agency);
        Assert.Equal("ANI", story.Byline);
        Assert.Equal("ANI", story.Creditline);
        Assert.Equal("US weighs fresh sanctions on Venezuela", story.Headline);
        Assert.Equal("A decision is expected next week", story.SubHeadline);
        Assert.Equal("US-VENEZUELA", story.Slugline);
        Assert.Equal("The United States is weighing fresh sanctions on Venezuela, officials said on Friday.", story.Summary);
        Assert.Equal(3, story.Urgency);
        Assert.Equal("Current", story.Genre);
        Assert.Equal(["Venezuela", "sanctions"], story.Keywords);
        Assert.Equal([new Subject("11000000", "politics", "medtop")], story.Subjects);
        Assert.Equal("Washington DC, United States", story.Located);
    }

    [Fact]
    public void An_XHTML_body_keeps_paragraphs_verbatim_and_links_in_its_sanitized_html()
    {
        var story = Read("g2-update.xml");

        Assert.Equal(
        [
            "Washington DC [US], January 9 (ANI): The United States is weighing fresh sanctions on Venezuela, officials said on Friday.",
            "A decision is expected next week, they said.",
            "The State Department published a statement later in the day.",
        ], story.Body.Paragraphs);
        Assert.Contains("<a href=\"https://example.com/statement\">statement</a>", story.Body.Html);
        Assert.DoesNotContain("<title>", story.Body.Html);
        Assert.Equal("Washington DC [US], January 9 (ANI):", story.Dateline?.Text);
        Assert.Equal("Washington DC", story.Dateline?.Place);
        Assert.Equal("US", story.Dateline?.Country);
        Assert.Equal((1, 9), (story.Dateline?.Month, story.Dateline?.Day));
    }

    [Fact]
    public void A_correction_carries_the_correction_signal_and_its_note_apart_from_notes_to_editors()
    {
        var story = Read("g2-correction.xml");

        Assert.Equal(Signals.Correction, story.Signals);
        Assert.Equal(2, story.Version);
        Assert.Equal("PTI", story.Agency);
        Assert.Equal("Corrects the number of fire tenders in paragraph 2 (12, not 21)", story.CorrectionNote);
        Assert.Equal("Repeats to all subscribers", story.EdNote);
        Assert.Equal("Mumbai, Jan 9 (PTI)", story.Dateline?.Text);
        Assert.Equal("Mumbai", story.Dateline?.Place);
        Assert.Equal("en-IN", story.Language);
    }

    [Fact]
    public void Plain_inline_data_is_split_into_paragraphs_at_blank_lines_with_wrapped_lines_joined()
    {
        var story = Read("g2-correction.xml");

        Assert.Equal(
        [
            "Mumbai, Jan 9 (PTI) A fire broke out in a commercial building in south Mumbai on Friday evening, officials said.",
            "Twelve fire tenders were rushed to the spot and no one was injured, a fire brigade official said.",
        ], story.Body.Paragraphs);
    }

    [Fact]
    public void A_withheld_item_is_withheld_with_its_note_for_editors()
    {
        var story = Read("g2-withheld.xml");

        Assert.Equal(PubStatus.Withheld, story.PubStatus);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(4, story.Version);
        Assert.Equal("Withheld pending legal review. Do not use until further notice.", story.EdNote);
    }

    [Fact]
    public void A_canceled_item_given_as_a_status_uri_is_canceled_and_signals_a_kill()
    {
        var story = Read("g2-canceled.xml");

        Assert.Equal("urn:newsml:wiredesk.test:20260109:COURT-ORDER", story.Guid);
        Assert.Equal(PubStatus.Canceled, story.PubStatus);
        Assert.Equal(Signals.Kill, story.Signals);
        Assert.Equal(5, story.Version);
        Assert.True(story.Body.IsEmpty);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void An_embargo_with_a_time_holds_until_that_instant_in_its_own_offset()
    {
        var story = Read("g2-embargo.xml");

        AssertTime("2026-01-10T06:00:00+05:30", story.Embargo?.Until);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
    }

    [Fact]
    public void An_empty_embargoed_element_is_an_embargo_without_a_time()
    {
        var story = Read("g2-embargo-open.xml");

        Assert.NotNull(story.Embargo);
        Assert.True(story.Embargo.IsOpenEnded);
    }

    [Fact]
    public void Items_without_an_embargo_have_none()
    {
        Assert.Null(Read("g2-update.xml").Embargo);
    }

    [Fact]
    public void A_message_yields_its_text_items_with_the_packaged_picture_as_media()
    {
        var result = ParseFile(Parser, Sample("NewsMlG2", "g2-message.xml"));

        Assert.Empty(result.Errors);
        Assert.Equal(["urn:newsml:wiredesk.test:20260109:RAIL-TEXT", "urn:newsml:wiredesk.test:20260109:BRIEF"],
            result.Stories.Select(s => s.Guid));
        var packaged = result.Stories[0];
        var picture = Assert.Single(packaged.Media);
        Assert.Equal("https://media.example.com/rail.jpg", picture.Href);
        Assert.Equal("image/jpeg", picture.Type);
        Assert.Equal(204800, picture.Length);
        Assert.Equal("The first train leaves Srinagar station", picture.Title);
        Assert.Contains(packaged.Warnings, w => w.Contains("RAIL-VIDEO is not in this message"));
        Assert.All(result.Stories, s => Assert.Equal(2, s.Priority));
    }

    [Fact]
    public void Loose_XHTML_paragraphs_in_inline_XML_labelled_text_xml_are_the_body()
    {
        var story = ParseFile(Parser, Sample("NewsMlG2", "g2-message.xml")).Stories[0];

        Assert.Equal(["Srinagar (Jammu and Kashmir) [India], January 9 (ANI): A new rail line opened on Friday.", "The line links two districts."],
            story.Body.Paragraphs);
        Assert.Equal("Srinagar", story.Dateline?.Place);
        Assert.Equal("Jammu and Kashmir", story.Dateline?.Region);
        Assert.Equal("IN", story.Dateline?.Country);
    }

    [Fact]
    public void A_package_lends_its_headline_to_its_only_text_item_when_that_has_none()
    {
        var result = ParseText(Parser, """
            <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
              <itemSet>
                <packageItem guid="pkg-1"><contentMeta><headline>Package headline</headline></contentMeta>
                  <groupSet><group><itemRef residref="text-1"/></group></groupSet></packageItem>
                <newsItem guid="text-1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
                  <contentSet><inlineData contenttype="text/plain">Body text.</inlineData></contentSet></newsItem>
              </itemSet>
            </newsMessage>
            """);

        var story = Single(result);
        Assert.Equal("Package headline", story.Headline);
        Assert.Contains("headline taken from package pkg-1", story.Warnings);
    }

    [Fact]
    public void HTML_entities_in_headline_and_body_are_recovered()
    {
        var story = Read("g2-entities.xml");

        Assert.Equal("Caf\u00e9 culture \u2014 a Paris survey", story.Headline);
        Assert.Equal("Paris (AFP) - The caf\u00e9 on the corner\u00a0\u2014 open since 1920 & still busy \u2013 survives.",
            Assert.Single(story.Body.Paragraphs));
        Assert.Equal("AFP", story.Dateline?.Agency);
    }

    [Fact]
    public void A_news_item_without_guid_gets_a_derived_guid_and_a_warning()
    {
        var story = Single(ParseText(Parser, """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
              <itemMeta><provider literal="ANI"/><versionCreated>2026-01-09T15:55:10+05:30</versionCreated></itemMeta>
              <contentMeta><headline>No guid here</headline></contentMeta>
            </newsItem>
            """));

        Assert.StartsWith("urn:wiredesk:derived:", story.Guid);
        Assert.Contains(story.Warnings, w => w.StartsWith("newsItem/@guid is missing"));
    }

    [Fact]
    public void A_news_item_with_neither_guid_nor_headline_is_an_error_and_its_siblings_survive()
    {
        var result = ParseText(Parser, """
            <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
              <itemSet>
                <newsItem><itemMeta><itemClass qcode="ninat:text"/></itemMeta></newsItem>
                <newsItem guid="ok-1"><contentMeta><headline>Fine</headline></contentMeta></newsItem>
              </itemSet>
            </newsMessage>
            """);

        Assert.Equal("ok-1", Assert.Single(result.Stories).Guid);
        var error = Assert.Single(result.Errors);
        Assert.Contains("item 1", error.Where);
        Assert.Contains("neither a guid nor a headline", error.Message);
    }

    [Fact]
    public void A_message_broken_half_way_keeps_the_items_before_the_fault_and_says_where()
    {
        var result = ParseText(Parser, """
            <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
              <itemSet>
                <newsItem guid="first"><contentMeta><headline>First</headline></contentMeta></newsItem>
                <newsItem guid="second"><contentMeta><headline>Second</contentMeta></newsItem>
              </itemSet>
            </newsMessage>
            """);

        Assert.Equal("first", Assert.Single(result.Stories).Guid);
        var error = Assert.Single(result.Errors);
        Assert.Contains("line 4", error.Where);
    }

    [Fact]
    public void An_unreadable_date_is_a_warning_naming_the_field_and_never_a_made_up_time()
    {
        var story = Single(ParseText(Parser, """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g-1">
              <itemMeta><versionCreated>yesterday-ish</versionCreated></itemMeta>
              <contentMeta><headline>H</headline></contentMeta>
            </newsItem>
            """));

        Assert.Null(story.VersionCreated);
        Assert.Contains(story.Warnings, w => w.Contains("itemMeta/versionCreated"));
    }

    [Fact]
    public void The_benchmark_item_reads_fully_so_the_benchmark_measures_the_real_work()
    {
        var story = Read("g2-benchmark-nitf.xml");

        Assert.Equal("urn:newsml:wiredesk.test:20260109:MONSOON-FORECAST", story.Guid);
        Assert.Equal(8, story.Body.Paragraphs.Count);
        Assert.StartsWith("New Delhi [India], January 9 (ANI): The India Meteorological Department (IMD)", story.Body.Paragraphs[0]);
        Assert.Equal(4, story.Subjects.Count);
        Assert.Equal("New Delhi, Delhi, India", story.Located);
        Assert.Equal("IN", story.Dateline?.Country);
        Assert.Equal("Delhi", story.Dateline?.Region);
        Assert.Equal(Signals.Update, story.Signals);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_document_that_is_not_G2_is_an_error_naming_its_root()
    {
        var result = ParseText(Parser, "<rss version=\"2.0\"><channel/></rss>");

        Assert.Empty(result.Stories);
        Assert.Contains("<rss>", Assert.Single(result.Errors).Message);
    }
}
