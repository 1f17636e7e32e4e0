using WireDesk.Core.Stories;

namespace WireDesk.Formats.Syndication;

/// <summary>Media RSS objects as canonical media links: <c>media:content</c> as rel "media", thumbnails as "thumbnail".</summary>
internal static class MediaMapping
{
    public static MediaLink? ToLink(MediaObject media, Uri? baseUri)
    {
        if (LinkResolver.Resolve(media.Url, baseUri) is not { } href) return null;
        return new MediaLink(href)
        {
            Type = Blank(media.Type) ?? Blank(media.Medium),
            Length = long.TryParse(media.FileSize?.Trim(), out var size) && size >= 0 ? size : null,
            Title = Blank(media.Title),
            Rel = media.IsThumbnail ? "thumbnail" : "media",
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
