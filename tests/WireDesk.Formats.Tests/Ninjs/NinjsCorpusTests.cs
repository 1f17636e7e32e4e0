using WireDesk.Core.Stories;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Ninjs;

/// <summary>Golden tests on the IPTC ninjs samples: the expected stories were written by reading each sample.</summary>
public sealed class NinjsCorpusTests
{
    [Fact]
    public void Every_IPTC_sample_parses_into_stories_without_errors()
    {
        var root = Requires.Corpus("ninjs");
        var files = new[] { "examples", "doc-examples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 60, $"expected the whole corpus, found {files.Count} files");

        foreach (var file in files)
        {
            var result = NinjsTestKit.Parse(File.ReadAllBytes(file), file);

            Assert.True(result.Errors.Count == 0, $"{file}: {string.Join("; ", result.Errors)}");
            var story = Assert.Single(result.Stories);
            Assert.False(string.IsNullOrWhiteSpace(story.Guid), file);
            Assert.Equal("ninjs", story.Format);
            Assert.True(story.Headline is not null || story.Warnings.Contains("headline: none given"), file);
        }
    }

    [Fact]
    public void An_AP_text_in_ninjs_1_reads_headline_byline_time_and_the_xhtml_body_with_its_dateline()
    {
        var story = NinjsTestKit.Corpus("examples", "1.4", "ninjsExSimpleText1.json");

        Assert.Equal("http://ninjs.example.com/newsitems/20130709simp123", story.Guid);
        Assert.Null(story.Version);
        Assert.Equal(new DateTimeOffset(2013, 7, 9, 10, 37, 0, TimeSpan.Zero), story.VersionCreated);
        Assert.Equal("Captain of wrecked cruise ship on trial in Italy", story.Headline);
        Assert.Equal("Paulo Santalucia and Frances d'Emilio", story.Byline);
        Assert.Equal(4, story.Body.Paragraphs.Count);
        Assert.StartsWith("GROSSETO, Italy (AP) -- The trial of the captain of the shipwrecked Costa Concordia", story.Body.Paragraphs[0]);
        Assert.Equal("His lawyer, Domenico Pepe, told reporters that, as expected, the judge was postponing the hearing due to an eight-day nationwide lawyers' strike.", story.Body.Paragraphs[2]);
        Assert.EndsWith("Schettino has denied wrongdoing.", story.Body.Paragraphs[3]);
        Assert.StartsWith("<p>GROSSETO, Italy (AP)", story.Body.Html);
        Assert.Equal("GROSSETO, Italy (AP) --", story.Dateline?.Text);
        Assert.Equal("AP", story.Agency);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_Business_Wire_composite_in_ninjs_1_links_each_association_by_its_largest_web_rendition()
    {
        var story = NinjsTestKit.Corpus("examples", "1.4", "businesswire-newsml-20130515006361.json");

        Assert.Equal("http://www.businesswire.com/news/home/20130515006361/en", story.Guid);
        Assert.Equal(1, story.Version);
        Assert.Equal(new DateTimeOffset(2013, 5, 16, 4, 1, 0, TimeSpan.Zero), story.VersionCreated);
        Assert.Equal("en", story.Language);
        Assert.Equal("Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations", story.Headline);
        Assert.Equal(9, story.Subjects.Count);
        Assert.Equal(new Subject(null, "United States", null), story.Subjects[0]);
        Assert.Equal(new Subject(null, "Texas", null), story.Subjects[^1]);
        Assert.Equal(
            [
                ("http://mms.businesswire.com/media/newsItemId/en/221373/5/dell_blue_rgb.jpg", "logo", 33116L),
                ("http://mms.businesswire.com/media/newsItemId/en/369394/5/0025lf.jpg", "photo", 483923L),
                ("http://mms.businesswire.com/media/newsItemId/en/369395/5/00095.jpg", "photo_2", 286164L),
            ],
            story.Media.Select(m => (m.Href, m.Rel, m.Length ?? 0)));
        Assert.All(story.Media, m => Assert.Equal("image/jpeg", m.Type));
        // The sample's body has "worldâ€™s", UTF-8 read as windows-1252 before it was stored: repaired, with a warning.
        var body = Assert.Single(story.Body.Paragraphs);
        Assert.StartsWith("Dell today announced an expanded and stronger Dell Precision workstation portfolio", body);
        Assert.Contains("the world’s most powerful rack workstation", body);
        Assert.Contains("href=\"http://www.dell.com\"", story.Body.Html);
        Assert.Contains(story.Warnings, w => w.Contains("double-encoded", StringComparison.Ordinal));
    }

    [Fact]
    public void An_NTB_text_in_ninjs_2_reads_times_urgency_subjects_summary_and_ed_note()
    {
        var story = NinjsTestKit.Corpus("examples", "2.1", "ntb_text.json");

        Assert.Equal("urn:8d19cf88-b3ab-4972-8fec-1207599f2872", story.Guid);
        Assert.Equal("NTB", story.Agency);
        Assert.Equal(6, story.Version);
        Assert.Equal(Signals.Update, story.Signals);
        Assert.Equal(new DateTimeOffset(2019, 8, 9, 9, 30, 4, TimeSpan.Zero), story.FirstCreated);
        Assert.Equal(new DateTimeOffset(2019, 8, 9, 9, 46, 53, TimeSpan.Zero), story.VersionCreated);
        Assert.Equal(5, story.Urgency);
        Assert.Equal("nb-NO", story.Language);
        Assert.Equal("Google har kjøpt giganttomt i Skien", story.Headline);
        Assert.Equal("NTB", story.Byline);
        Assert.Equal("skien-google", story.Slugline);
        Assert.Equal("IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien i tilfelle det blir behov for flere datasentre i Europa.", story.Summary);
        Assert.Equal("Noe utvidet.", story.EdNote);
        Assert.Null(story.CorrectionNote);
        Assert.Equal(
            [
                new Subject("Innenriks", "Innenriks", null),
                new Subject("13010000", "Teknologi", null),
                new Subject("04011000", "Industri", null),
                new Subject("04005000", "Olje og energi", null),
            ],
            story.Subjects);
        Assert.True(story.Body.IsEmpty);
        Assert.Equal(["body: none given"], story.Warnings);
    }

    [Fact]
    public void A_dpa_text_in_ninjs_3_keeps_its_offset_and_reads_the_html_body()
    {
        var story = NinjsTestKit.Corpus("examples", "3.0", "dpa_text.json");

        Assert.Equal("urn:newsml:dpa.com:20090101:190510-99-167362", story.Guid);
        Assert.Equal("dpa", story.Agency);
        Assert.Equal(2, story.Version);
        Assert.Equal(new DateTimeOffset(2019, 5, 10, 16, 2, 28, TimeSpan.FromHours(2)), story.VersionCreated);
        Assert.Equal(TimeSpan.FromHours(2), story.VersionCreated!.Value.Offset);
        Assert.Equal(4, story.Urgency);
        Assert.Equal("de", story.Language);
        Assert.Equal("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?", story.Headline);
        Assert.Equal("Von Christian Hollmann, dpa", story.Byline);
        Assert.Equal(9, story.Body.Paragraphs.Count);
        Assert.StartsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».", story.Body.Paragraphs[0]);
        Assert.StartsWith("BEHAUPTUNG: Referee Zwayer aus Berlin", story.Body.Paragraphs[2]);
        Assert.Equal("Die Debatte zeigt einmal mehr, dass die aktuelle Handspiel-Regel weiter großen Interpretationsspielraum lässt. Auch künftig dürfte es daher zu Diskussionen um die richtige Auslegung der Bestimmungen kommen.", story.Body.Paragraphs[^1]);
        Assert.Null(story.Dateline);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void An_AP_picture_in_ninjs_3_drops_the_access_tokens_from_its_guid_and_lists_its_renditions()
    {
        var story = NinjsTestKit.Corpus("examples", "3.0", "ap_image.json");

        Assert.Equal("http://api.ap.org/media/v/content/b2b6c3f4642f46deac7509d4db315ca0", story.Guid);
        Assert.Equal(0, story.Version);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Equal(new DateTimeOffset(2019, 11, 15, 13, 39, 59, TimeSpan.Zero), story.FirstCreated);
        Assert.Equal(new DateTimeOffset(2019, 11, 15, 14, 39, 44, TimeSpan.Zero), story.VersionCreated);
        Assert.Equal("Turkey Islamic State", story.Headline);
        Assert.Equal("Turkey Islamic State", story.Slugline);
        Assert.Equal("TURKEY OUT  NOV. 11, 2019 FILE PHOTO", story.EdNote);
        Assert.Equal("ASSOCIATED PRESS", story.Creditline);
        Assert.Equal("DHA", story.Agency);
        Assert.StartsWith("FILE - In this Monday, Nov. 11, 2019 file photo, a man identified by Turkish media", story.Summary);
        Assert.EndsWith("(DHA via AP, File)", story.Summary);
        Assert.Equal(["i", "file", "86aad5207dac100488ecba7fa5283c3e"], story.Subjects.Select(s => s.Code));
        Assert.Equal(["main", "preview", "thumbnail", "caption_nitf"], story.Media.Select(m => m.Rel));
        Assert.Equal(4764958, story.Media[0].Length);
        Assert.Equal("image/jpeg", story.Media[0].Type);
        Assert.Equal("Full Resolution (JPG)", story.Media[0].Title);
        Assert.True(story.Body.IsEmpty);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void A_TT_text_in_ninjs_3_reads_genre_slug_html_body_and_its_picture_association()
    {
        var story = NinjsTestKit.Corpus("examples", "3.0", "tt_text_image_3.json");

        Assert.Equal("http://tt.se/media/text/210526-militarovning-a0f2d045", story.Guid);
        Assert.Equal("TT", story.Agency);
        Assert.Equal(1, story.Version);
        Assert.Equal(new DateTimeOffset(2021, 5, 26, 13, 40, 18, TimeSpan.FromHours(2)), story.VersionCreated);
        Assert.Equal(3, story.Urgency);
        Assert.Equal("sv", story.Language);
        Assert.Equal("militärövning", story.Slugline);
        Assert.Equal("Inrikes", story.Genre);
        Assert.Equal("Militärövning i jätteformat hålls 2023", story.Headline);
        Assert.Equal([new Subject("16000000", "Krig, konflikter och oroligheter", null)], story.Subjects);
        Assert.Contains(story.Body.Paragraphs, p => p.StartsWith("Pandemin satte stopp för den stora internationella militärövningen Aurora 2020", StringComparison.Ordinal));
        Assert.Contains("href=\"https://www.sydostran.se/nyheter/beskedet-da-genomfors-forsvarsmaktens-jatteovning-13d95038/\"", story.Body.Html);
        var picture = Assert.Single(story.Media);
        Assert.Equal("https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg", picture.Href);
        Assert.Equal("a001", picture.Rel);
        Assert.Equal(10326191, picture.Length);
        Assert.StartsWith("En stor internationell försvarsövning planeras 2023", picture.Title);
    }

    [Fact]
    public void A_Business_Wire_composite_in_ninjs_3_links_the_video_association_to_its_mp4()
    {
        var story = NinjsTestKit.Corpus("examples", "3.0", "businesswire-newsml-20130731006140.json");

        Assert.Equal("Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In", story.Headline);
        Assert.Equal(
            [
                ("logo", "http://mms.businesswire.com/media/newsItemId/en/372964/4/AB_LOGO_webready.jpg", "image/jpeg"),
                ("video", "http://mms.businesswire.com/media/newsItemId/en/377719/19/1730461_Lunch_Decoy_Extended_MP4+1Mbps+import.mp4", "video/mp4"),
            ],
            story.Media.Select(m => (m.Rel, m.Href, m.Type)));
        Assert.StartsWith("With more Applebee’s® Lunch Combos than ever – enough to try a new combination every workday", Assert.Single(story.Body.Paragraphs));
    }
}
