using WireDesk.Core.Ports;

namespace WireDesk.Web.Feeds;

/// <summary>Which stories a feed carries: the whole site, one section or one agency; and where its page and files are.</summary>
public sealed record FeedScope(string Title, string PagePath, string BasePath, StoryQuery Filter, string SurrogateKey)
{
    public string RssPath => BasePath + "/feed.xml";
    public string AtomPath => BasePath + "/atom.xml";
    public string JsonPath => BasePath + "/feed.json";
}
