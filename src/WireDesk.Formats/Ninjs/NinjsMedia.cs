using WireDesk.Core.Stories;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// The story's media: every rendition of the item itself (a picture item's sizes), then one link per association —
/// its preferred rendition (see <see cref="Preferred"/>), or its uri when it gives no rendition link.
/// </summary>
public static class NinjsMedia
{
    // Largest useful first: what a page would show for an associated picture or video.
    private static readonly string[] PreferredRenditions =
        ["main", "highres", "original", "supplied", "hires", "r00", "lowres", "viewimage", "preview", "thumbnail"];

    private static readonly HashSet<string> WebFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/jpg", "image/png", "image/gif", "image/webp", "video/mp4", "audio/mpeg", "audio/mp4",
    };

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
        var rendition = Preferred(association);
        if (rendition is not null) return Link(rendition, association.Name, title);
        if (association.Uri is { } uri && IsWebLink(uri))
            return new MediaLink(uri) { Type = association.Type, Title = title, Rel = association.Name };
        return null;
    }

    // A video association links its video, not a still: renditions of the association's kind come first, web
    // formats before others, then the preferred names, then the largest file.
    private static NinjsRendition? Preferred(NinjsAssociation association)
    {
        var linked = association.Renditions.Where(r => r.Href is { } href && IsWebLink(href)).ToList();
        var kind = MediaKind(association.Type);
        var ofKind = linked.Where(r => kind is not null && r.ContentType?.StartsWith(kind, StringComparison.OrdinalIgnoreCase) == true).ToList();
        return (ofKind.Count > 0 ? ofKind : linked)
            .OrderBy(r => WebFormats.Contains(r.ContentType ?? "") ? 0 : 1)
            .ThenBy(r => NameRank(r.Name))
            .ThenByDescending(r => r.SizeInBytes ?? 0)
            .FirstOrDefault();
    }

    private static int NameRank(string? name)
    {
        var index = Array.FindIndex(PreferredRenditions, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? PreferredRenditions.Length : index;
    }

    private static string? MediaKind(string? type) => type?.ToLowerInvariant() switch
    {
        "picture" or "graphic" => "image/",
        "video" => "video/",
        "audio" => "audio/",
        _ => null,
    };

    private static MediaLink? Link(NinjsRendition rendition, string? rel, string? title) =>
        rendition.Href is { } href && IsWebLink(href)
            ? new MediaLink(href) { Type = rendition.ContentType, Length = rendition.SizeInBytes, Title = title ?? rendition.Title, Rel = rel }
            : null;

    private static bool IsWebLink(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
