using System.Text;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Ingest.Tests.WebSub;

public sealed class HubDiscoveryTests
{
    private static readonly Uri Fetched = new("https://wire.example/feeds/top?fmt=rss");

    private static HubLinks Discover(string body, params string[] links) => HubDiscovery.Discover(Fetched, links, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Rss_names_its_hub_and_self_with_atom_link_in_the_channel()
    {
        var links = Discover("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
              <title>t</title><link>https://wire.example/</link>
              <atom:link rel="self" type="application/rss+xml" href="https://wire.example/top.rss"/>
              <atom:link rel="hub" href="https://hub.example/"/>
              <item><atom:link rel="hub" href="https://not-the-hub.example/"/></item>
            </channel></rss>
            """);

        Assert.Equal([new Uri("https://hub.example/")], links.Hubs);
        Assert.Equal(new Uri("https://wire.example/top.rss"), links.Self);
    }

    [Fact]
    public void Atom_links_resolve_against_the_fetched_url_and_rel_may_hold_several_tokens()
    {
        var links = Discover("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
              <link rel="alternate" href="/"/><link rel="hub self" href="/push"/></feed>
            """);

        Assert.Equal([new Uri("https://wire.example/push")], links.Hubs);
        Assert.Equal(new Uri("https://wire.example/push"), links.Self);
    }

    [Fact]
    public void Link_headers_win_over_the_body_and_may_carry_several_links_and_quoted_commas()
    {
        var links = Discover(
            """<feed xmlns="http://www.w3.org/2005/Atom"><link rel="hub" href="https://body-hub.example/"/></feed>""",
            "<https://header-hub.example/a,b>; rel=\"hub\"; title=\"one, two\", <https://wire.example/canonical>; rel=self");

        Assert.Equal([new Uri("https://header-hub.example/a,b")], links.Hubs);
        Assert.Equal(new Uri("https://wire.example/canonical"), links.Self);
    }

    [Fact]
    public void Json_feed_names_websub_hubs_and_its_feed_url()
    {
        var links = Discover("""
            {"version":"https://jsonfeed.org/version/1.1","title":"t","feed_url":"https://wire.example/feed.json",
             "hubs":[{"type":"rssCloud","url":"https://cloud.example/"},{"type":"WebSub","url":"https://hub.example/"}],"items":[]}
            """);

        Assert.Equal([new Uri("https://hub.example/")], links.Hubs);
        Assert.Equal(new Uri("https://wire.example/feed.json"), links.Self);
    }

    [Fact]
    public void A_feed_without_a_hub_or_broken_or_with_a_dtd_names_none_and_does_not_throw()
    {
        Assert.Empty(Discover("""<rss version="2.0"><channel><title>t</title></channel></rss>""").Hubs);
        Assert.Empty(Discover("<rss><channel><title>t</ti").Hubs);
        Assert.Empty(Discover("""<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><feed xmlns="http://www.w3.org/2005/Atom"><link rel="hub" href="&e;"/></feed>""").Hubs);
        Assert.Empty(Discover("""<feed xmlns="http://www.w3.org/2005/Atom"><link rel="hub" href="ftp://hub.example/"/></feed>""").Hubs);
        Assert.Empty(Discover("{not json").Hubs);
        Assert.Empty(Discover("").Hubs);
    }
}
