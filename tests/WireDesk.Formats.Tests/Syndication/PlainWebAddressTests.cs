using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>The shortcut must never call something an absolute web address that <see cref="Uri"/> would not.</summary>
public sealed class PlainWebAddressTests
{
    [Theory]
    [InlineData("https://news.example.com/atom000/0")]
    [InlineData("http://example.com")]
    [InlineData("https://www.example.org/2026/01/09/story-slug.html?ref=rss&x=1#top")]
    [InlineData("http://example.com:8080/a%20b")]
    public void Common_feed_links_take_the_shortcut(string link)
    {
        Assert.True(PlainWebAddress.Is(link));
        AssertAbsoluteWeb(link);
    }

    [Theory]
    [InlineData("/2026/story")]
    [InlineData("HTTP://EXAMPLE.COM/")]
    [InlineData("http://")]
    [InlineData("http://-bad.example/")]
    [InlineData("http://bad-.example/")]
    [InlineData("http://a..b/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://user@example.com/")]
    [InlineData("http://example.com/a b")]
    [InlineData("http://example.com/%zz")]
    [InlineData("http://example.com:123456/")]
    [InlineData("http://example.com\\path")]
    [InlineData("http://bücher.example/")]
    [InlineData("javascript:alert(1)")]
    public void Anything_unusual_takes_the_full_parse(string link) => Assert.False(PlainWebAddress.Is(link));

    [Fact]
    public void Random_strings_it_accepts_are_absolute_web_uris_to_the_framework_as_well()
    {
        const string hostAlphabet = "ab0.-";
        const string alphabet = "ab0.-:/%?#&=_~@!$'()*+,;Z 9f\\[]é";
        var random = new Random(20261126);
        string Of(string letters, int max) => new(Enumerable.Range(0, random.Next(0, max)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        var accepted = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var port = random.Next(4) == 0 ? ":" + Of("0123456789", 7) : "";
            var candidate = (random.Next(2) == 0 ? "https://" : "http://") + Of(hostAlphabet, 10) + port + Of(alphabet, 16);
            if (!PlainWebAddress.Is(candidate)) continue;
            accepted++;
            AssertAbsoluteWeb(candidate);
        }

        Assert.True(accepted > 1_000, $"only {accepted} random candidates were accepted; the test would prove little");
    }

    private static void AssertAbsoluteWeb(string link)
    {
        Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri), link);
        Assert.False(uri.IsFile, link);
        Assert.Contains(uri.Scheme, new[] { Uri.UriSchemeHttp, Uri.UriSchemeHttps });
    }
}
