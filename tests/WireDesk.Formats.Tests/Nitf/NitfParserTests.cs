using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;
using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.Nitf;

/// <summary>Our own NITF 3.x samples, namespaced and not, for each lifecycle signal.</summary>
public sealed class NitfParserTests
{
    private static readonly NitfParser Parser = new();

    private static Story Read(string file) => Single(ParseFile(Parser, Sample("Nitf", file)));

    [Fact]
    public void A_basic_document_with_a_doctype_maps_docdata_and_body_head()
    {
        var story = Read("nitf-basic.xml");

        Assert.Equal("nitf", story.Format);
        Assert.Equal("PTI-20260109-DEL42", story.Guid);
        Assert.Equal(1, story.Version);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Null(story.Embargo);
        AssertTime("2026-01-09T15:55:10+05:30", story.VersionCreated);
        Assert.Equal("PTI", story.Agency);
        Assert.Equal(4, story.Urgency);
        Assert.Equal("Monsoon session of Parliament to begin July 21", story.Headline);
        Assert.Equal("Session to have 18 sittings", story.SubHeadline);
        Assert.Equal("By Staff Reporter", story.Byline);
        Assert.Equal("PARLIAMENT-SESSION", story.Slugline);
        Assert.Equal("The monsoon session of Parliament will begin on July 21, the government said.", story.Summary);
        Assert.Equal("Advisory: moved to all subscribers", story.EdNote);
        Assert.Equal(["Parliament", "monsoon session"], story.Keywords);
        Assert.Equal("New Delhi, Delhi, IN", story.Located);
        Assert.Equal("en-IN", story.Language);
        Assert.Equal("current", story.Genre);
        Assert.Equal([new Subject("11000000", "politics", "IPTC")], story.Subjects);
    }

    [Fact]
    public void The_body_is_body_content_then_the_tagline()
    {
        var story = Read("nitf-basic.xml");

        Assert.Equal(
        [
            "New Delhi, Jan 9 (PTI) The monsoon session of Parliament will begin on July 21 and end on August 12, the government said on Friday.",
            "The session will have 18 sittings, the Parliamentary Affairs Minister said.",
            "(Reporting by Staff Reporter; editing by Desk)",
        ], story.Body.Paragraphs);
    }

    [Fact]
    public void The_dateline_element_is_read_with_its_location_and_story_date()
    {
        var dateline = Read("nitf-basic.xml").Dateline;

        Assert.NotNull(dateline);
        Assert.Equal("New Delhi, Jan 9", dateline.Text);
        Assert.Equal("New Delhi", dateline.Place);
        Assert.Equal((1, 9), (dateline.Month, dateline.Day));
    }

    [Fact]
    public void A_namespaced_document_reads_the_same_and_writes_rich_markup_as_sanitized_html()
    {
        var story = Read("nitf-namespaced.xml");

        Assert.Equal("tag:reuters.com,2026:newsml_L1N3O0ABC", story.Guid);
        Assert.Equal("Reuters", story.Agency);
        Assert.Equal("Norway raises gas output forecast", story.Headline);
        Assert.Equal("By Nora Hansen", story.Byline);
        AssertTime("2026-01-09T10:15:00+00:00", story.VersionCreated);
        Assert.Equal("OSLO, Jan 9 (Reuters) -", story.Dateline?.Text);
        Assert.Equal(
        [
            "OSLO, Jan 9 (Reuters) - Norway raised its gas output forecast on Friday, the energy ministry said.",
            "Exports",
            "Pipeline exports rise 3%",
            "LNG shipments steady",
            "A gas platform in the North Sea.",
            "Output will reach record levels, the ministry said.",
        ], story.Body.Paragraphs);
        Assert.Contains("<h2>Exports</h2>", story.Body.Html);
        Assert.Contains("<li>LNG shipments steady</li>", story.Body.Html);
        Assert.Contains("<img src=\"https://media.example.com/gas.jpg\" alt=\"A gas platform\">", story.Body.Html);
        Assert.Contains("<em>record</em>", story.Body.Html);
    }

    [Fact]
    public void A_correction_signals_update_and_correction_with_its_note()
    {
        var story = Read("nitf-correction.xml");

        Assert.Equal("PTI-20260109-DEL42", story.Guid);
        Assert.Equal(2, story.Version);
        Assert.Equal(Signals.Update | Signals.Correction, story.Signals);
        Assert.Equal("Corrects end date of the session in paragraph 1 (August 12, not August 21)", story.CorrectionNote);
    }

    [Fact]
    public void A_withheld_document_is_withheld_with_the_editorial_message_as_note()
    {
        var story = Read("nitf-withheld.xml");

        Assert.Equal(PubStatus.Withheld, story.PubStatus);
        Assert.Equal("Withheld: pending verification of the quote", story.EdNote);
        Assert.Equal(3, story.Version);
    }

    [Fact]
    public void A_canceled_document_is_a_kill()
    {
        var story = Read("nitf-canceled.xml");

        Assert.Equal("PTI-20260109-DEL50", story.Guid);
        Assert.Equal(PubStatus.Canceled, story.PubStatus);
        Assert.True(story.Signals.HasFlag(Signals.Kill));
        Assert.Equal("KILL. The story is withdrawn. Please remove it from all platforms.", story.EdNote);
    }

    [Fact]
    public void A_release_date_after_the_issue_date_is_an_embargo_until_it()
    {
        var story = Read("nitf-embargo.xml");

        AssertTime("2026-01-10T06:00:00+05:30", story.Embargo?.Until);
        AssertTime("2026-01-09T12:00:00+05:30", story.VersionCreated);
        Assert.Equal("IANS", story.Agency);
    }

    [Fact]
    public void A_release_date_equal_to_the_issue_date_is_no_embargo()
    {
        var story = Single(ParseText(Parser, """
            <nitf><head><docdata><doc-id id-string="d-1"/>
              <date.issue norm="20260109T120000+0530"/><date.release norm="20260109T120000+0530"/>
            </docdata></head><body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>
            """));

        Assert.Null(story.Embargo);
    }

    [Fact]
    public void A_management_notice_about_another_document_speaks_for_that_document()
    {
        var story = Single(ParseText(Parser, """
            <nitf><head><docdata management-doc-idref="PTI-OLD-1" management-idref-status="canceled">
              <doc-id id-string="PTI-NOTICE-7"/>
            </docdata></head><body><body.head><hedline><hl1>KILL</hl1></hedline></body.head></body></nitf>
            """));

        Assert.Equal("PTI-OLD-1", story.Guid);
        Assert.Equal(PubStatus.Canceled, story.PubStatus);
    }

    [Fact]
    public void A_document_without_doc_id_gets_a_guid_derived_from_agency_headline_and_dateline()
    {
        const string xml = """
            <nitf><body><body.head><hedline><hl1>Same headline</hl1></hedline><distributor>IANS</distributor></body.head>
            <body.content><p>New Delhi, Jan 9 (IANS) Text.</p></body.content></body></nitf>
            """;
        var first = Single(ParseText(Parser, xml));
        var again = Single(ParseText(Parser, xml));

        Assert.StartsWith("urn:wiredesk:derived:", first.Guid);
        Assert.Equal(first.Guid, again.Guid);
        Assert.Contains(first.Warnings, w => w.StartsWith("docdata/doc-id is missing"));
    }

    [Fact]
    public void A_document_with_neither_doc_id_nor_headline_is_an_error()
    {
        var result = ParseText(Parser, "<nitf><body><body.content><p>Text.</p></body.content></body></nitf>");

        Assert.Empty(result.Stories);
        Assert.Contains("neither a doc-id nor a headline", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_non_publishable_note_stays_out_of_the_body()
    {
        var story = Single(ParseText(Parser, """
            <nitf><head><docdata><doc-id id-string="d-2"/></docdata></head><body><body.head><hedline><hl1>H</hl1></hedline></body.head>
            <body.content><p>Publish <person>this</person>.</p><note type="npa"><p>Editors only.</p></note></body.content></body></nitf>
            """));

        Assert.Equal(["Publish this."], story.Body.Paragraphs);
    }

    [Fact]
    public void A_document_that_is_not_NITF_is_an_error_naming_its_root()
    {
        var result = ParseText(Parser, "<newsItem/>");

        Assert.Contains("<newsItem>", Assert.Single(result.Errors).Message);
    }
}
