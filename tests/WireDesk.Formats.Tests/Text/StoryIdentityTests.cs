using System.Security.Cryptography;
using System.Text;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Tests.Text;

public sealed class StoryIdentityTests
{
    [Fact]
    public void The_content_hash_is_lowercase_sha256_of_paragraphs_joined_by_newline()
    {
        var body = BodyBuilder.FromParagraphs(["One.", "Two."]);
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("One.\nTwo."))).ToLowerInvariant();

        Assert.Equal(expected, StoryIdentity.ContentHash(body));
    }

    [Fact]
    public void The_content_hash_of_long_and_non_ascii_paragraphs_is_the_sha256_of_their_joined_utf8()
    {
        // Paragraphs longer than the hash's chunk, multi-byte characters across its boundaries, a lone surrogate
        // (U+FFFD in UTF-8, as Encoding.UTF8 writes it), an empty body.
        string[][] bodies =
        [
            [new string('a', 1023) + "é" + new string('b', 2000), "Ünïcödé — “quoted” 😀", "\ud800 lone", string.Concat(Enumerable.Repeat("😀", 700))],
            [string.Concat(Enumerable.Repeat("नई दिल्ली ", 300)), "x"],
            [new string('c', 1024), new string('d', 1023)],
        ];
        foreach (var paragraphs in bodies)
        {
            var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", paragraphs)))).ToLowerInvariant();
            Assert.Equal(expected, StoryIdentity.ContentHash(new Core.Stories.StoryBody(paragraphs, "")));
        }

        Assert.Equal(Convert.ToHexString(SHA256.HashData([])).ToLowerInvariant(), StoryIdentity.ContentHash(Core.Stories.StoryBody.Empty));
    }

    [Fact]
    public void A_derived_guid_is_stable_and_names_the_agency()
    {
        var first = StoryIdentity.DerivedGuid("ANI", "Trump cancels second wave", 1, 9);
        var second = StoryIdentity.DerivedGuid("ANI", "Trump cancels second wave", 1, 9);

        Assert.Equal(first, second);
        Assert.Matches("^urn:wiredesk:derived:ani:[0-9a-f]{32}$", first);
    }

    [Fact]
    public void Case_punctuation_spacing_and_correction_prefixes_do_not_change_the_guid()
    {
        var original = StoryIdentity.DerivedGuid("Reuters", "Norway's fund sells stake", 3, 3);

        Assert.Equal(original, StoryIdentity.DerivedGuid("Reuters", "  NORWAY'S FUND  sells stake.", 3, 3));
        Assert.Equal(original, StoryIdentity.DerivedGuid("Reuters", "CORRECTED-Norway's fund sells stake", 3, 3));
        Assert.Equal(original, StoryIdentity.DerivedGuid("Reuters", "UPDATE 2-Norway's fund sells stake", 3, 3));
    }

    [Fact]
    public void Another_agency_headline_or_date_gives_another_guid()
    {
        var original = StoryIdentity.DerivedGuid("PTI", "Sensex rises", 3, 3);

        Assert.NotEqual(original, StoryIdentity.DerivedGuid("IANS", "Sensex rises", 3, 3));
        Assert.NotEqual(original, StoryIdentity.DerivedGuid("PTI", "Sensex falls", 3, 3));
        Assert.NotEqual(original, StoryIdentity.DerivedGuid("PTI", "Sensex rises", 3, 4));
    }

    [Fact]
    public void No_agency_is_named_unknown()
    {
        Assert.StartsWith("urn:wiredesk:derived:unknown:", StoryIdentity.DerivedGuid(null, "Headline", null, null), StringComparison.Ordinal);
    }
}
