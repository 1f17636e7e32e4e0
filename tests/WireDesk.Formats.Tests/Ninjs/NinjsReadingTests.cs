using System.Text.Json;
using WireDesk.Formats.Ninjs;

namespace WireDesk.Formats.Tests.Ninjs;

public sealed class NinjsReadingTests
{
    [Theory]
    [InlineData("""{"uri": "u", "headline": "h", "body_text": "b"}""", NinjsGeneration.V1)]
    [InlineData("""{"uri": "u", "versioncreated": "2020-01-01T00:00:00Z"}""", NinjsGeneration.V1)]
    [InlineData("""{"uri": "u", "headlines": [{"value": "h"}], "versioncreated": "2020-01-01T00:00:00Z"}""", NinjsGeneration.V2)]
    [InlineData("""{"uri": "u", "headlines": [{"value": "h"}], "versionCreated": "2020-01-01T00:00:00Z"}""", NinjsGeneration.V3)]
    [InlineData("""{"uri": "u", "bodies": [{"value": "b", "contentType": "text/plain"}]}""", NinjsGeneration.V3)]
    [InlineData("""{"uri": "u", "headline": "h", "$standard": {"name": "ninjs", "version": "1.4"}}""", NinjsGeneration.V1)]
    [InlineData("""{"uri": "u", "headlines": [], "standard": {"name": "ninjs", "version": "2.1"}}""", NinjsGeneration.V2)]
    [InlineData("""{"uri": "u", "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"}""", NinjsGeneration.V3)]
    [InlineData("""{"uri": "u"}""", NinjsGeneration.Unknown)]
    public void The_version_is_told_by_declaration_then_by_shape(string json, NinjsGeneration expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, NinjsGenerationDetector.Detect(NinjsObject.From(document.RootElement)!));
    }

    [Fact]
    public void Flat_ninjs_1_fields_read_as_roles_with_markup_told_by_their_suffix()
    {
        using var document = JsonDocument.Parse("""
            {"uri": "u", "headline": "Main", "headline_sub": "Sub", "body_text": "Plain", "body_richtext": "<p>Rich</p>",
             "description_caption_xhtml": "<p>Caption</p>"}
            """);

        var item = NinjsReader.Read(NinjsObject.From(document.RootElement)!);

        Assert.Equal([("main", "Main"), ("sub", "Sub")], item.Headlines.Select(h => (h.Role, h.Value)));
        Assert.Equal([("text", false), ("richtext", true)], item.Bodies.Select(b => (b.Role, b.IsHtml)));
        Assert.True(Assert.Single(item.Descriptions).IsHtml);
    }

    [Fact]
    public void Property_names_are_read_whatever_their_case_and_numbers_may_be_strings()
    {
        using var document = JsonDocument.Parse("""{"URI": "u", "VersionCreated": "2020-01-01T00:00:00Z", "urgency": "3", "version": 4}""");

        var item = NinjsReader.Read(NinjsObject.From(document.RootElement)!);

        Assert.Equal("u", item.Uri);
        Assert.Equal("2020-01-01T00:00:00Z", item.VersionCreated);
        Assert.Equal(3, item.Urgency);
        Assert.Equal("4", item.Version);
    }

    [Theory]
    [InlineData("http://api.ap.org/media/v/content/abc?qt=X&et=Y", "http://api.ap.org/media/v/content/abc")]
    [InlineData("http://api.ap.org/media/v/content/abc?qt=X&version=2", "http://api.ap.org/media/v/content/abc?version=2")]
    [InlineData("http://example.com/item?qt=X", "http://example.com/item?qt=X")]
    [InlineData("urn:newsml:dpa.com:20090101:190510-99-167362", "urn:newsml:dpa.com:20090101:190510-99-167362")]
    [InlineData("https://internal-repository-xxxx/2.1234567", "https://internal-repository-xxxx/2.1234567")]
    public void The_guid_is_the_uri_without_AP_access_tokens(string uri, string guid) =>
        Assert.Equal(guid, NinjsIdentity.Guid(uri));
}
