using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Syndication.Rss;

/// <summary>Maps RSS wire types to the format-neutral entry and the feed head.</summary>
internal static class RssMapper
{
    public static FeedHead Head(RssFeed feed) => new(feed.Version)
    {
        Title = NullIfBlank(feed.Channel.Title is { } title ? MarkupText.ToPlainText(title) : null),
        Link = NullIfBlank(feed.Channel.Link),
        Language = NullIfBlank(feed.Channel.Language),
    };

    /// <param name="channelBase">The channel's link as a web address (read once per feed), or null.</param>
    public static EntryDraft ToDraft(RssItem item, FeedHead head, Uri? channelBase, ParseContext context)
    {
        // Relative item links resolve against xml:base / the document's address, else the channel's link.
        var baseUri = item.Base ?? channelBase;
        var draft = new EntryDraft
        {
            Title = Html(item.Title, baseUri),
            Summary = Html(item.Description, baseUri),
            Content = Html(item.ContentEncoded, baseUri),
            Language = NullIfBlank(item.Language) ?? head.Language,
        };

        draft.Link = LinkResolver.Resolve(item.Link, baseUri);
        var guid = NullIfBlank(item.Guid);
        if (draft.Link is null && guid is not null && item.GuidIsPermaLink && LinkResolver.WebUriOrNull(guid) is not null)
            draft.Link = guid;
        draft.Id = guid ?? LinkResolver.Resolve(item.RdfAbout, baseUri);

        foreach (var author in item.Authors) draft.AddAuthor(author);

        draft.Published = Date(item.PubDate, "pubDate", context, draft)
            ?? Date(item.Issued, "dcterms:issued", context, draft)
            ?? Date(item.Created, "dcterms:created", context, draft);
        draft.Updated = Date(item.Modified, "dcterms:modified", context, draft)
            ?? Date(item.DcDate, "dc:date", context, draft);

        foreach (var category in item.Categories)
            if (NullIfBlank(category.Term) is { } term)
                draft.Subjects.Add(new Subject(null, term, NullIfBlank(category.Domain)));
        foreach (var keyword in item.MediaKeywords) draft.AddKeyword(keyword);

        foreach (var enclosure in item.Enclosures)
            if (LinkResolver.Resolve(enclosure.Url, baseUri) is { } href)
                draft.AddMedia(new MediaLink(href) { Type = NullIfBlank(enclosure.Type), Length = Length(enclosure.Length), Rel = "enclosure" });
        foreach (var media in item.Media) draft.AddMedia(MediaMapping.ToLink(media, baseUri));

        return draft;
    }

    private static FeedContent? Html(string? value, Uri? baseUri) =>
        string.IsNullOrWhiteSpace(value) ? null : FeedContent.Html(value, baseUri);

    private static DateTimeOffset? Date(string? text, string field, ParseContext context, EntryDraft draft) =>
        string.IsNullOrWhiteSpace(text) ? null : WireDateParser.Parse(text, context.Zone, draft.Warnings, field)?.Value;

    private static long? Length(string? text) => long.TryParse(text?.Trim(), out var length) && length >= 0 ? length : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
