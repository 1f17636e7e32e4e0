using WireDesk.Formats.Text;
using WireDesk.Core.Stories;
using WireDesk.Tests;
using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

/// <summary>
/// Golden test for shared/corpus/seed/ani-venezuela-page.txt (PRODUCT.md §2). Expected values written by reading
/// the page: line 1 headline; line 2 attribution + "Updated" + (modified, published) stamps; line 3 teaser;
/// line 5 repeated headline; lines 6-19 the story (14 paragraphs); line 20 disclaimer; line 21 app link.
/// </summary>
public sealed class AniReferencePageTests
{
    private const string Headline =
        "Trump \"cancels\" second wave of attacks on Venezuela after Caracas agreed to cooperate";

    private const string FirstParagraph =
        "Washington DC [US], January 9 : US President Donald Trump announced on Friday that he has cancelled a " +
        "previously expected second wave of military attacks on Venezuela, following his military action in Caracas " +
        "which led to the capture of the South American country's leader Nicolas Maduro and his wife, citing " +
        "improved cooperation from Caracas and the release of a large number of political prisoners as part of " +
        "efforts to 'seek peace'.";

    private const string LastParagraph =
        "Meanwhile, Trump has said that Venezuela would use revenue from a new oil agreement to purchase goods made " +
        "exclusively in the US, noting that Caracas is \"committed\" to doing business with the US as its main " +
        "partner, calling the move a \"wise and very beneficial\" decision for both countries.";

    private static Story Parse()
    {
        var path = Requires.Corpus("seed", "ani-venezuela-page.txt");
        var result = ParseBytes(File.ReadAllBytes(path), "ani-venezuela-page.txt");
        Assert.Empty(result.Errors);
        return Assert.Single(result.Stories);
    }

    [Fact]
    public void The_reference_page_reads_as_its_canonical_story()
    {
        var story = Parse();

        Assert.Equal("test-feed", story.Source);
        Assert.Equal(Headline, story.Headline);
        Assert.Equal("ANI", story.Agency);
        Assert.Equal("ANI", story.Byline);
        Assert.Null(story.Version);
        Assert.Equal("plaintext", story.Format);
        Assert.Equal("utf-8", story.Encoding);
        Assert.Equal(PubStatus.Usable, story.PubStatus);
        Assert.Equal(Signals.None, story.Signals);
        Assert.Null(story.Embargo);
        Assert.Null(story.EdNote);
        Assert.Empty(story.Warnings);
    }

    [Fact]
    public void The_page_timestamps_keep_their_plus_0530_offset()
    {
        var story = Parse();

        Assert.Equal(DateTimeOffset.Parse("2026-01-09T15:55:10+05:30"), story.FirstCreated);
        Assert.Equal(TimeSpan.FromMinutes(330), story.FirstCreated!.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse("2026-01-09T21:21:54+05:30"), story.VersionCreated);
        Assert.Equal(TimeSpan.FromMinutes(330), story.VersionCreated!.Value.Offset);
    }

    [Fact]
    public void The_dateline_is_read_and_its_year_inferred()
    {
        var dateline = Parse().Dateline!;

        Assert.Equal("Washington DC [US], January 9 :", dateline.Text);
        Assert.Equal("Washington DC", dateline.Place);
        Assert.Equal("US", dateline.Country);
        Assert.Null(dateline.Region);
        Assert.Equal(1, dateline.Month);
        Assert.Equal(9, dateline.Day);
        Assert.Equal(2026, dateline.Year);
        Assert.Null(dateline.Agency);
    }

    [Fact]
    public void The_body_is_the_fourteen_story_paragraphs_verbatim()
    {
        var body = Parse().Body;

        Assert.Equal(14, body.Paragraphs.Count);
        Assert.Equal(FirstParagraph, body.Paragraphs[0]);
        Assert.Equal(LastParagraph, body.Paragraphs[^1]);
        Assert.Equal("He described the Venezuelan prisoner releases as a \"very important and smart gesture\".", body.Paragraphs[2]);
    }

    [Fact]
    public void No_page_chrome_is_in_the_body()
    {
        var body = Parse().Body;

        Assert.DoesNotContain(body.Paragraphs, p => p.StartsWith("By ANI", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Paragraphs, p => p.EndsWith("...", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Paragraphs, p => p.StartsWith("Disclaimer:", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Paragraphs, p => p.Contains("Open in app", StringComparison.Ordinal));
        Assert.DoesNotContain(Headline, body.Paragraphs);
        Assert.DoesNotContain("2026-01-09T", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guid_and_hash_are_derived_from_the_story()
    {
        var story = Parse();

        Assert.Equal(StoryIdentity.DerivedGuid("ANI", Headline, 1, 9), story.Guid);
        Assert.Equal(StoryIdentity.ContentHash(story.Body), story.ContentHash);
        Assert.Equal(64, story.ContentHash.Length);
    }
}
