namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>One JSON Feed item.</summary>
internal sealed class JsonFeedItem
{
    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? ExternalUrl { get; set; }

    public string? Title { get; set; }

    public string? ContentHtml { get; set; }

    public string? ContentText { get; set; }

    public string? Summary { get; set; }

    public string? Image { get; set; }

    public string? BannerImage { get; set; }

    public string? DatePublished { get; set; }

    public string? DateModified { get; set; }

    public List<JsonFeedAuthor> Authors { get; } = [];

    public List<string> Tags { get; } = [];

    public string? Language { get; set; }

    public List<JsonFeedAttachment> Attachments { get; } = [];

    public List<string> Warnings { get; } = [];
}
