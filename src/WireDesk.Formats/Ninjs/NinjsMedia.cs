using WireDesk.Core.Stories;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// The story's media: every rendition of the item itself (a picture item's sizes), then one link per association —
/// its preferred rendition, or its uri when it gives no rendition link.
/// </summary>
public static class NinjsMedia
{
    // Largest useful first: what a page would show for an associated picture or video.
    private static readonly string[] PreferredRenditions =
        ["main", "highres", "original", "supplied", "hires", "r00", "lowres", "viewimage", "preview", "thumbnail"];

    public static IReadOnlyList<MediaLink> From(NinjsItem item)
    {
        var media = new List<MediaLink>();
        foreach (var rendition in item.Renditions)
            if (Link(rendition, rendition.Name, title: null) is { } link) media.Add(link);

        foreach (var association in item.Associations)
            if (Link(association) is { } link) media.Add(link);
        return media;
    }

    private static MediaLink? Link(NinjsAssociation association)
    {
        var title = association.Headline ?? association.Description;
        var rendition = Preferred(association.Renditions);
        if (rendition is not null) return Link(rendition, association.Name, title);
        if (association.Uri is { } uri && IsWebLink(uri))
            return new MediaLink(uri) { Type = association.Type, Title = title, Rel = association.Name };
        return null;
    }

    private static NinjsRendition? Preferred(IReadOnlyList<NinjsRendition> renditions)
    {
        var linked = renditions.Where(r => r.Href is { } href && IsWebLink(href)).ToList();
        foreach (var name in PreferredRenditions)
            if (linked.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } match)
                return match;
        return linked.OrderByDescending(r => (long?)r.Width * r.Height ?? 0).FirstOrDefault();
    }

    private static MediaLink? Link(NinjsRendition rendition, string? rel, string? title) =>
        rendition.Href is { } href && IsWebLink(href)
            ? new MediaLink(href) { Type = rendition.ContentType, Length = rendition.SizeInBytes, Title = title ?? rendition.Title, Rel = rel }
            : null;

    private static bool IsWebLink(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
