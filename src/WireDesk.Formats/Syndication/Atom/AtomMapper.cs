using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Syndication.Atom;

/// <summary>Maps Atom wire types to the format-neutral entry and the feed head.</summary>
internal static class AtomMapper
{
    public static FeedHead Head(AtomFeed feed) => new(feed.Version)
    {
        Title = Blank(feed.Title?.ToContent().ToPlainText()),
        Link = Blank(feed.Link),
        Language = Blank(feed.Language),
    };

    public static EntryDraft ToDraft(AtomEntry entry, FeedHead head, Uri? feedBase, ParseContext context)
    {
        var draft = new EntryDraft
        {
            Id = Blank(entry.Id),
            Title = entry.Title?.ToContent(),
            // Links were resolved where they stood; what is still relative had no xml:base and no document address.
            // feedBase is the feed's own link as a web address, read once per feed.
            Summary = entry.Summary?.ToContent(feedBase),
            Content = entry.Content?.ToContent(feedBase),
            Language = Blank(entry.Language) ?? head.Language,
        };
        draft.Warnings.AddRange(entry.Warnings);

        AtomLink? alternate = null;
        foreach (var link in entry.Links)
            if (link.Rel == "alternate")
            {
                alternate = link;
                break;
            }
        draft.Link = LinkResolver.Resolve(alternate?.Href, entry.Base ?? feedBase);

        foreach (var author in entry.Authors) draft.AddAuthor(author.Name ?? author.Email);

        draft.Published = Date(entry.Published, "published", context, draft) ?? Date(entry.Created, "created", context, draft);
        draft.Updated = Date(entry.Updated, "updated", context, draft);

        foreach (var category in entry.Categories)
            draft.Subjects.Add(new Subject(category.Term, category.Label, category.Scheme));
        foreach (var keyword in entry.MediaKeywords) draft.AddKeyword(keyword);

        foreach (var link in entry.Links)
            if (link.Rel == "enclosure")
                draft.AddMedia(new MediaLink(link.Href)
                {
                    Type = Blank(link.Type),
                    Length = long.TryParse(link.Length?.Trim(), out var length) && length >= 0 ? length : null,
                    Title = Blank(link.Title),
                    Rel = "enclosure",
                });
        if (entry.ContentSource is { } source) draft.AddMedia(new MediaLink(source) { Type = null, Rel = "content" });
        foreach (var media in entry.Media) draft.AddMedia(MediaMapping.ToLink(media, entry.Base ?? feedBase));

        return draft;
    }

    private static DateTimeOffset? Date(string? text, string field, ParseContext context, EntryDraft draft) =>
        string.IsNullOrWhiteSpace(text) ? null : WireDateParser.Parse(text, context.Zone, draft.Warnings, field)?.Value;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
