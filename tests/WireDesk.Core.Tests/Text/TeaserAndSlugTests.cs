using WireDesk.Core.Text;

namespace WireDesk.Core.Tests.Text;

public class TeaserAndSlugTests
{
    [Fact]
    public void A_long_lead_is_cut_at_a_word_boundary_and_ends_with_an_ellipsis()
    {
        const string lead = "Washington DC [US], January 9 : US President Donald Trump announced on Friday that he has cancelled a previously expected second wave of military attacks";
        var teaser = Teasers.Cut(lead, 112);
        Assert.Equal("Washington DC [US], January 9 : US President Donald Trump announced on Friday that he has cancelled a previously ...", teaser);
    }

    [Fact]
    public void A_short_lead_is_left_whole() => Assert.Equal("Short lead.", Teasers.Cut("Short lead.", 120));

    [Theory]
    [InlineData("Trump \"cancels\" second wave of attacks on Venezuela", "trump-cancels-second-wave-of-attacks-on-venezuela")]
    [InlineData("Café owner's São Paulo plan: 100% green", "cafe-owners-sao-paulo-plan-100-green")]
    [InlineData("!!!", "story")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string headline, string slug) =>
        Assert.Equal(slug, Slugs.From(headline));
}
