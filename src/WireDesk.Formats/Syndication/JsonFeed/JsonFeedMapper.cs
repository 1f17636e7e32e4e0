using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>Maps JSON Feed wire types to the format-neutral entry and the feed head.</summary>
internal static class JsonFeedMapper
{
    public static FeedHead Head(JsonFeedDocument feed) => new(feed.Version)
    {
        Title = Blank(feed.Title is { } title ? MarkupText.CollapseWhitespace(title) : null),
        Link = Blank(feed.HomePageUrl),
        Language = Blank(feed.Language),
    };

    public static EntryDraft ToDraft(JsonFeedItem item, JsonFeedDocument feed, FeedHead head, ParseContext context, Uri? documentBase)
    {
        var baseUri = LinkResolver.WebUriOrNull(feed.HomePageUrl) ?? LinkResolver.WebUriOrNull(feed.FeedUrl) ?? documentBase;
        var draft = new EntryDraft
        {
            Id = Blank(item.Id),
            Link = LinkResolver.Resolve(item.Url, baseUri) ?? LinkResolver.Resolve(item.ExternalUrl, baseUri),
            Title = Text(item.Title, baseUri),
            Summary = Text(item.Summary, baseUri),
            Content = string.IsNullOrWhiteSpace(item.ContentHtml) ? Text(item.ContentText, baseUri) : FeedContent.Html(item.ContentHtml, baseUri),
            Language = Blank(item.Language) ?? head.Language,
        };
        draft.Warnings.AddRange(item.Warnings);

        // JSON Feed 1.1: an item without authors has the feed's.
        foreach (var author in item.Authors.Count > 0 ? item.Authors : feed.Authors) draft.AddAuthor(author.Name);

        draft.Published = Date(item.DatePublished, "date_published", context, draft);
        draft.Updated = Date(item.DateModified, "date_modified", context, draft);
        foreach (var tag in item.Tags) draft.AddKeyword(tag);

        if (LinkResolver.Resolve(item.Image, baseUri) is { } image) draft.AddMedia(new MediaLink(image) { Rel = "image" });
        if (LinkResolver.Resolve(item.BannerImage, baseUri) is { } banner) draft.AddMedia(new MediaLink(banner) { Rel = "banner" });
        foreach (var attachment in item.Attachments)
            if (LinkResolver.Resolve(attachment.Url, baseUri) is { } href)
                draft.AddMedia(new MediaLink(href)
                {
                    Type = Blank(attachment.MimeType),
                    Length = attachment.SizeInBytes,
                    Title = Blank(attachment.Title),
                    Rel = "enclosure",
                });

        return draft;
    }

    private static FeedContent? Text(string? value, Uri? baseUri) =>
        string.IsNullOrWhiteSpace(value) ? null : FeedContent.Text(value, baseUri);

    private static DateTimeOffset? Date(string? text, string field, ParseContext context, EntryDraft draft) =>
        string.IsNullOrWhiteSpace(text) ? null : WireDateParser.Parse(text, context.Zone, draft.Warnings, field)?.Value;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
