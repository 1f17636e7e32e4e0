using WireDesk.Formats.Detection;
using WireDesk.Formats.Tests.Teletype;

namespace WireDesk.Formats.Tests.Detection;

/// <summary>Every sample of ours is recognised by its content alone, whatever its file is called.</summary>
public class FormatDetectionTests
{
    private static readonly Dictionary<string, string> FolderFormats = new()
    {
        ["PlainText"] = FormatNames.PlainText,
        ["NewsMlG2"] = FormatNames.NewsMlG2,
        ["Nitf"] = FormatNames.Nitf,
        ["NewsMl1"] = FormatNames.NewsMl1,
        ["Ninjs"] = FormatNames.Ninjs,
        ["Anpa"] = FormatNames.Anpa,
        ["Iptc7901"] = FormatNames.Iptc7901,
    };

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples");
        foreach (var (folder, format) in FolderFormats)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder)).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order())
                data.Add($"{folder}/{Path.GetFileName(file)}", format);
        data.Add("Syndication/atom10-xml-base.xml", FormatNames.Atom);
        data.Add("Syndication/jsonfeed11.json", FormatNames.JsonFeed);
        data.Add("Syndication/rss10-rdf.xml", FormatNames.Rdf);
        data.Add("Syndication/rss20-content-encoded.xml", FormatNames.Rss);
        return data;
    }

    private static byte[] Load(string sample)
    {
        var folder = sample[..sample.IndexOf('/')];
        var file = sample[(sample.IndexOf('/') + 1)..];
        return folder is "Anpa" or "Iptc7901"
            ? WireSample.Load(folder, file)
            : File.ReadAllBytes(Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", folder, file));
    }

    [Theory, MemberData(nameof(Samples))]
    public void Each_sample_is_detected_as_its_format_and_read_with_no_error(string sample, string format)
    {
        var reader = new StoryReader(ParserRegistry.All());
        var result = reader.Read(new SourceDocument(Load(sample), null, "renamed.dat"), new ParseContext("test"));
        Assert.Equal(format, result.Format);
        Assert.NotEmpty(result.Stories);
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("parser failed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body><p>hello</p></body></html>", "XML root element <html>")]
    [InlineData("{\"name\": \"not a story\"}", "neither ninjs nor JSON Feed")]
    [InlineData("   \n\t ", "empty")]
    public void What_is_not_an_agency_format_is_unknown_with_a_reason(string text, string reason)
    {
        var detection = FormatDetector.Detect(text);
        Assert.False(detection.IsKnown);
        Assert.Contains(reason, detection.Reason);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel/></rss>", "rss")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "atom")]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", "rdf")]
    [InlineData("<!-- a comment first --><nitf><head/></nitf>", "nitf")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss version=\"2.0\"/>", "rss")]
    public void A_root_element_is_recognised_straight_after_the_declaration_or_behind_a_comment_or_doctype(string text, string format) =>
        Assert.Equal(format, FormatDetector.Detect(text).Format);

    [Theory]
    [InlineData("<a:b:feed/>")]
    [InlineData("<feedback/>")]
    [InlineData("<?xml version=\"1.0\"?><html><feed/></html>")]
    public void Only_the_root_element_itself_names_the_format(string text) =>
        Assert.False(FormatDetector.Detect(text).IsKnown);
}
