using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

public sealed class SyndicationSnifferTests
{
    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", SyndicationFormats.Rss)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss [ <!ENTITY a \"b\"> ]>\n<rss><channel/></rss>", SyndicationFormats.Rss)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"/>", SyndicationFormats.Rdf)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", SyndicationFormats.Atom)]
    [InlineData("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"/>", SyndicationFormats.Atom)]
    [InlineData("<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"/>", SyndicationFormats.Atom)]
    [InlineData("  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", SyndicationFormats.JsonFeed)]
    public void The_sniffer_names_the_parser_that_fits(string text, string expected) =>
        Assert.Equal(expected, SyndicationSniffer.Sniff(text));

    [Theory]
    [InlineData("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>")]
    [InlineData("<nitf/>")]
    [InlineData("{\"uri\": \"urn:x\", \"headline\": \"ninjs\"}")]
    [InlineData("Plain copy, not a feed.")]
    [InlineData("")]
    [InlineData("<feed xmlns=\"http://example.com/not-atom\"/>")]
    public void The_sniffer_answers_none_rather_than_guess(string text) =>
        Assert.Null(SyndicationSniffer.Sniff(text));
}
