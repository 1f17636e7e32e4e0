using WireDesk.Core.Ports;

namespace WireDesk.Web.Site;

/// <summary>What a listing page shows: its filter, heading, path, feed and CDN surrogate key.</summary>
public sealed record Listing(StoryQuery Filter, string Heading, string Path, string SurrogateKey)
{
    public string? Intro { get; init; }
    public string? FeedPath { get; init; }
}
