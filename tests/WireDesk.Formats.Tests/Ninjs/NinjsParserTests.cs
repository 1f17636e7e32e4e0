using WireDesk.Formats.Ninjs;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Ninjs;

public sealed class NinjsParserTests
{
    [Theory]
    [InlineData("""{"uri": "u", "headline": "h"}""")]
    [InlineData("""[{"uri": "u", "headlines": [{"value": "h"}]}]""")]
    [InlineData("""{"standard": {"name": "ninjs", "version": "3.0"}, "type": "event"}""")]
    [InlineData("""  {"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json", "title": "t"}""")]
    [InlineData("""{"uri": "u", "type": "picture", "renditions": [{"href": "http://x/y.jpg"}]}""")]
    public void The_sniff_accepts_ninjs_items_and_arrays(string json) =>
        Assert.True(NinjsParser.CanRead(json));

    [Theory]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [{"id": "1", "url": "http://x"}]}""")]
    [InlineData("""{"uri": "only an uri"}""")]
    [InlineData("""{"headline": "no uri"}""")]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("""<rss version="2.0"></rss>""")]
    [InlineData("")]
    [InlineData("{ not json")]
    public void The_sniff_rejects_other_JSON_and_other_text(string text) =>
        Assert.False(NinjsParser.CanRead(text));

    [Fact]
    public void The_sniff_accepts_every_IPTC_sample()
    {
        var root = Requires.Corpus("ninjs");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.json", SearchOption.AllDirectories))
            Assert.True(NinjsParser.CanRead(File.ReadAllText(file)), file);
    }

    [Theory]
    [InlineData("{ \"uri\": ", "not valid JSON")]
    [InlineData("\"just a string\"", "a ninjs document is a JSON object or array, not String")]
    [InlineData("", "not valid JSON")]
    public void Documents_that_are_not_ninjs_JSON_are_one_error(string text, string message)
    {
        var result = NinjsTestKit.ParseText(text);

        Assert.Empty(result.Stories);
        Assert.StartsWith(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Array_members_that_are_not_objects_are_errors_naming_their_index()
    {
        var result = NinjsTestKit.ParseText("""[{"uri": "u", "headline": "h"}, 42]""");

        Assert.Single(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Equal("item.json item 2", error.Where);
        Assert.Equal("an item is a JSON object, not Number", error.Message);
    }

    [Theory]
    [InlineData("""{"uri": 5, "headline": "h"}""")]
    [InlineData("""{"uri": "u", "headlines": "not an array", "bodies": {"value": 3}, "renditions": 7, "associations": [1, "x", null]}""")]
    [InlineData("""{"uri": "u", "subjects": [{"name": null}], "urgency": "high", "version": "1.2", "pubStatus": "maybe"}""")]
    [InlineData("""{"uri": "u", "renditions": {"main": {"href": "not a url"}}, "associations": {"a": {"renditions": {"r": {"href": 3}}}}}""")]
    public void Fields_of_the_wrong_type_never_throw(string json)
    {
        var result = NinjsTestKit.ParseText(json);

        Assert.Equal(1, result.Stories.Count + result.Errors.Count);
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("cannot read this item", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_pub_status_and_non_integer_version_are_warnings()
    {
        var story = Assert.Single(NinjsTestKit.ParseText("""{"uri": "u", "headline": "h", "body_text": "b", "version": "1.2", "pubstatus": "maybe"}""").Stories);

        Assert.Null(story.Version);
        Assert.Contains("version: '1.2' is not a whole number", story.Warnings);
        Assert.Contains("pubStatus: 'maybe' is not usable, withheld or canceled; read as usable", story.Warnings);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused()
    {
        var result = NinjsTestKit.ParseText("""{"uri": "u", "headline": "h"}""", NinjsTestKit.Context with { MaxDocumentBytes = 10 });

        Assert.StartsWith("document is larger than 10 bytes", Assert.Single(result.Errors).Message);
    }
}
