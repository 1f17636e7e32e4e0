using System.Xml.Linq;
using WireDesk.Core.Stories;
using WireDesk.Formats.NewsMlG2;
using WireDesk.Tests;
using static WireDesk.Formats.Tests.Xml.XmlParsing;

namespace WireDesk.Formats.Tests.NewsMlG2;

/// <summary>Golden tests on IPTC's NewsML-G2 2.35 examples; every expectation was read off the sample by hand.</summary>
public sealed class NewsMlG2CorpusTests
{
    private static readonly NewsMlG2Parser Parser = new();

    private static ParseResult ParseCorpus(string file) => ParseFile(Parser, Requires.Corpus("newsml-g2", file));

    [Fact]
    public void A_simple_news_item_keeps_identity_times_embargo_signal_and_metadata()
    {
        var story = Single(ParseCorpus("LISTING_1_A_NewsML-G2_News_Item.xml"));

        Assert.Equal("urn:newsml:acmenews.com:20161018:US-FINANCE-FED", story.Guid);
        Assert.Equal(11, story.Version);
        Assert.Equal("newsml-g2", story.Format);
        Assert.Equal("test-feed", story.Source);
        Assert.Equal("REUTERS", story.Agency);
        AssertTime("2018-10-21T16:25:32-05:00", story.VersionCreated);
        AssertTime("2016-10-18T13:12:21-05:00", story.FirstCreated);
        AssertTime("2018-10-23T12:00:00+00:00", story.Embargo?.Until);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(Signals.Update, story.Signals);
        Assert.Equal("Note to editors: STRICTLY EMBARGOED. Not for public release until 12noon on Friday, October 23, 2018.", story.EdNote);
        Assert.Equal("Fed to halt QE to avert \"bubble\"", story.Headline);
        Assert.Equal("US-Finance-Fed", story.Slugline);
        Assert.Equal("en-GB", story.Language);
        Assert.Equal("Interview", story.Genre);
        Assert.Equal("Meredith Jameson", story.Byline);
        Assert.Equal("Berlin, Germany", story.Located);
        Assert.Equal(
            [new Subject("04000000", "economy, business and finance", "medtop"), new Subject("20000523", "labour market", "medtop")],
            story.Subjects);
        // Its inlineXML holds only comments: there is no body, and the story says so.
        Assert.True(story.Body.IsEmpty);
        Assert.Contains("contentSet holds no text body", story.Warnings);
    }

    [Fact]
    public void A_text_document_reads_its_NITF_body_and_byline_and_the_info_source_as_agency()
    {
        var story = Single(ParseCorpus("LISTING_2_NewsML-G2_Text_Document.xml"));

        Assert.Equal("urn:newsml:acmenews.com:20161121:US-FINANCE-FED", story.Guid);
        Assert.Equal(11, story.Version);
        AssertTime("2018-11-21T16:25:32-05:00", story.VersionCreated);
        AssertTime("2016-11-21T15:21:06-05:00", story.FirstCreated);
        Assert.Equal("Fed to halt QE to avert \"bubble\"", story.Headline);
        Assert.Equal("By Meredith Jameson, Staff Reporter", story.Byline);
        // provider has only a uri; infoSource names the agency.
        Assert.Equal("Associated Press", story.Agency);
        Assert.Equal("en-US", story.Language);
        Assert.Equal("New York, NY", story.Located);
        Assert.Equal(["04000000", "20000350", "20000379"], story.Subjects.Select(s => s.Code));
        Assert.Equal(["economy, business and finance", "central bank", "money and monetary policy"], story.Subjects.Select(s => s.Name));
        Assert.Equal(2, story.Body.Paragraphs.Count);
        Assert.StartsWith("(New York, NY - October 21) Et, sent luptat luptat, commy Nim zzriureet vendreetue modo dolenis ex",
            story.Body.Paragraphs[0]);
        Assert.EndsWith("faccumsan ecte modoloreet ad ex el utat.", story.Body.Paragraphs[0]);
        Assert.Equal("Ugiating ea feugait utat, venim velent nim quis nulluptat num Volorem inci enim dolobor eetuer sendre ercin "
            + "utpatio dolorpercing Et accum nullan voluptat wisis alit dolessim zzrilla commy nonulpu tpatinis exer sequatueros "
            + "adit verit am nonse exerili quismodion esto cons dolutpat, si.", story.Body.Paragraphs[1]);
        Assert.Equal(64, story.ContentHash.Length);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_sports_story_in_NITF_gives_six_paragraphs_summary_slugline_and_subjects()
    {
        var story = Single(ParseCorpus("LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));

        Assert.Equal("tag:xmlteam.com,2016:xt.5932656-preview", story.Guid);
        Assert.Equal(11, story.Version);
        AssertTime("2018-10-19T11:45:00-04:00", story.VersionCreated);
        // No firstCreated in itemMeta: contentCreated stands in.
        AssertTime("2016-10-19T11:15:00-05:00", story.FirstCreated);
        Assert.Equal("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.", story.Headline);
        Assert.Equal("AAV!PREVIEW-ARI-PHI", story.Slugline);
        Assert.Equal("Sports Network", story.Byline);
        Assert.Equal("www.xmlteam.com", story.Agency);
        Assert.Equal("en-US", story.Language);
        Assert.Equal("Game Preview", story.Genre);
        Assert.Equal("A pair of teams coming off big weekend sweeps will square off tonight at Citizens Bank Park, where the "
            + "Philadelphia Phillies welcome the Arizona Diamondbacks for the start of a three-game series.", story.Summary);
        Assert.Equal(9, story.Subjects.Count);
        Assert.Equal(new Subject("20000849", "Baseball", "medtop"), story.Subjects[1]);
        Assert.Equal(new Subject("l.mlb.com-2016-e.19358", null, "event"), story.Subjects[4]);
        Assert.Equal(new Subject("l.mlb.com-p.123", "Freddy Garcia", "person"), story.Subjects[8]);
        // located names nothing, only codes.
        Assert.Equal("city:Philadelphia", story.Located);
        Assert.Equal(6, story.Body.Paragraphs.Count);
        Assert.Equal("(Sports Network) - A pair of teams coming off big weekend sweeps will square off tonight at Citizens Bank "
            + "Park, where the Philadelphia Phillies welcome the Arizona Diamondbacks for the start of a three-game series.",
            story.Body.Paragraphs[0]);
        Assert.StartsWith("Right-hander Freddy Garcia takes the hill for the Phillies", story.Body.Paragraphs[5]);
        Assert.StartsWith("<p>(Sports Network) - A pair of teams", story.Body.Html);
    }

    [Fact]
    public void A_news_message_conveying_a_package_yields_the_four_news_items_it_references()
    {
        var result = ParseCorpus("LISTING_24_News_Message_conveying_a_complete_News_Package.xml");

        Assert.Empty(result.Errors);
        Assert.Equal(["N1", "N2", "N3", "N4"], result.Stories.Select(s => s.Guid));
        // header/priority 4 applies to every item of the message; the items themselves carry only "....." here.
        Assert.All(result.Stories, story =>
        {
            Assert.Equal(4, story.Priority);
            Assert.Null(story.Headline);
            Assert.True(story.Body.IsEmpty);
        });
    }

    [Fact]
    public void A_package_alone_whose_items_are_elsewhere_is_an_error_naming_it()
    {
        var result = ParseCorpus("LISTING_6_Simple_NewsML-G2_Package.xml");

        Assert.Empty(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Contains("tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658", error.Where);
        Assert.Contains("references 2 item(s), none of them in", error.Message);
    }

    [Fact]
    public void The_located_and_dateline_listing_gives_a_dateline_completed_from_located()
    {
        var contentMeta = File.ReadAllText(Requires.Corpus("newsml-g2", "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"));
        var story = Single(ParseText(Parser, InNewsItem(contentMeta, "")));

        Assert.Equal("MOSCOW, Monday (Reuters)", story.Dateline?.Text);
        Assert.Equal("MOSCOW", story.Dateline?.Place);
        Assert.Equal("Reuters", story.Dateline?.Agency);
        Assert.Equal("RU", story.Dateline?.Country);
        Assert.Equal("en-US", story.Language);
        AssertTime("2016-02-09T09:17:00+03:00", story.FirstCreated);
        Assert.Equal("city:Moscow", story.Located);
        Assert.Equal(["Tskhinvali", "Tblisi"], story.Subjects.Select(s => s.Code));
        Assert.All(story.Subjects, s => Assert.Equal("city", s.Scheme));
    }

    [Fact]
    public void The_NITF_inline_listing_fills_headline_byline_and_summary_from_the_NITF_head()
    {
        var contentSet = File.ReadAllText(Requires.Corpus("newsml-g2", "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"));
        var story = Single(ParseText(Parser, InNewsItem("", contentSet)));

        Assert.Equal("Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.", story.Headline);
        Assert.Equal("Sports Network", story.Byline);
        Assert.StartsWith("A pair of teams coming off big weekend sweeps will square off Tonight at Citizens Bank Park", story.Summary);
        var paragraph = Assert.Single(story.Body.Paragraphs);
        Assert.Equal("(Sports Network) - With the Philadelphia Phillies picking up momentum after their three-game sweep of the "
            + "Atlanta Braves, and the Arizona Diamondbacks capturing all four of their games against the Houston Astros, "
            + "tonight's game at Citizen Bank Park looks set to be a clash of the Titans.", paragraph);
    }

    [Fact]
    public void A_video_item_takes_subject_names_from_its_asserts_and_is_flagged_as_not_text()
    {
        var story = Single(ParseCorpus("ap_metadata_example.xml"));

        Assert.Equal("tag:example.com,2008:407624", story.Guid);
        Assert.Equal("AP", story.Agency);
        AssertTime("2022-04-08T12:00:00+00:00", story.VersionCreated);
        Assert.Equal("en", story.Language);
        Assert.Equal(["Kentucky", "Keegan Murray", "Volkswagen AG"], story.Subjects.Select(s => s.Name));
        Assert.Equal(["apgeography", "apperson", "apcompany"], story.Subjects.Select(s => s.Scheme));
        Assert.Contains("itemMeta/itemClass is ninat:video: not a text item", story.Warnings);
    }

    [Fact]
    public void The_hop_history_item_reads_a_version_time_with_trailing_white_space()
    {
        var story = Single(ParseCorpus("LISTING_29_Hop_History.xml"));

        Assert.Equal("urn:newsml:acmenews.com:20161019T1205:HOP-HISTORY-EXAMPLE", story.Guid);
        Assert.Equal("reuters", story.Agency);
        AssertTime("2018-10-19T20:15:00+00:00", story.VersionCreated);
        Assert.Equal("en-US", story.Language);
    }

    [Fact]
    public void Every_file_in_the_corpus_parses_without_an_exception_into_one_story_per_news_item()
    {
        var folder = Requires.Corpus("newsml-g2");
        var files = Directory.GetFiles(folder, "*.xml");
        Assert.NotEmpty(files);

        var stories = 0;
        var newsItems = 0;
        foreach (var file in files)
        {
            var result = ParseFile(Parser, file);
            Assert.True(result.Stories.Count + result.Errors.Count > 0, $"{Path.GetFileName(file)} gave neither a story nor an error");
            stories += result.Stories.Count;
            newsItems += CountNewsItems(file);
        }
        Assert.Equal(newsItems, stories);
    }

    // Counted independently of the parser: newsItem elements in G2 documents (fragments and the schema hold none).
    private static int CountNewsItems(string file)
    {
        var root = XDocument.Load(file).Root!;
        if (root.Name.LocalName is not ("newsItem" or "newsMessage" or "packageItem")) return 0;
        return root.DescendantsAndSelf().Count(e => e.Name.LocalName == "newsItem");
    }

    private static string InNewsItem(string contentMeta, string contentSet) => $"""
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:listing" version="1" standard="NewsML-G2" standardversion="2.35">
          <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:TEST"/><versionCreated>2026-01-09T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
          {contentMeta}
          {contentSet}
        </newsItem>
        """;
}
