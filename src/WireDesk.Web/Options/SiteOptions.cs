namespace WireDesk.Web;

/// <summary>
/// What makes a publisher's site its own: name, look, zone, sections, feeds, API, app links and caching. Bound from
/// the "Site" section of DATA/site.json by <see cref="SiteOptionsBinder"/> (which replaces lists instead of appending).
/// </summary>
public sealed record SiteOptions
{
    public string Name { get; init; } = "WireDesk News";
    public string Tagline { get; init; } = "Agency news as it arrives";
    /// <summary>The public origin, e.g. https://news.example.com; taken from the request when empty.</summary>
    public string? BaseUrl { get; init; }
    public string Language { get; init; } = "en";
    public string TimeZone { get; init; } = "Asia/Kolkata";
    /// <summary>How the zone is named after times ("IST").</summary>
    public string TimeZoneLabel { get; init; } = "IST";
    public string? LogoUrl { get; init; }
    public string AccentColor { get; init; } = "#b3121d";
    public string InkColor { get; init; } = "#16181d";
    public IReadOnlyList<string> Sections { get; init; } = ["India", "World", "Business", "Sports", "News"];
    /// <summary>Deep link for "Open in app"; {id}, {slug} and {url} are filled in.</summary>
    public string AppLink { get; init; } = "https://app.example.com/open?url={url}";
    public int PageSize { get; init; } = 20;
    public int TeaserLength { get; init; } = 120;
    /// <summary>Stories in the home page's top block.</summary>
    public int TopStories { get; init; } = 7;
    /// <summary>Stories in each section's block on the home page.</summary>
    public int SectionBlockSize { get; init; } = 4;
    /// <summary>The site's X/Twitter handle for twitter:site, e.g. "@wiredesknews".</summary>
    public string? TwitterHandle { get; init; }
    public FeedOptions Feeds { get; init; } = new();
    public ApiOptions Api { get; init; } = new();
    public AppOptions App { get; init; } = new();
    public CacheOptions Cache { get; init; } = new();
}
