using WireDesk.Core.Stories;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// One feed entry in format-neutral terms, filled in by a format's mapper and turned into a story by
/// <see cref="StoryComposer"/>. Mutable while a mapper fills it; never leaves the parser.
/// </summary>
internal sealed class EntryDraft
{
    public string? Id { get; set; }

    /// <summary>The entry's permalink, already resolved against the base in effect.</summary>
    public string? Link { get; set; }

    public FeedContent? Title { get; set; }

    public FeedContent? Summary { get; set; }

    /// <summary>The full text (RSS <c>content:encoded</c>, Atom <c>content</c>, JSON Feed <c>content_html</c>).</summary>
    public FeedContent? Content { get; set; }

    public List<string> Authors { get; } = [];

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Updated { get; set; }

    public List<Subject> Subjects { get; } = [];

    public List<string> Keywords { get; } = [];

    public List<MediaLink> Media { get; } = [];

    public string? Language { get; set; }

    public List<string> Warnings { get; } = [];

    public void AddAuthor(string? name)
    {
        var clean = PersonNames.NameOf(name);
        if (clean is not null && !Authors.Contains(clean, StringComparer.Ordinal)) Authors.Add(clean);
    }

    public void AddMedia(MediaLink? media)
    {
        if (media is null) return;
        foreach (var known in Media)
            if (string.Equals(known.Href, media.Href, StringComparison.Ordinal)) return;
        Media.Add(media);
    }

    public void AddKeyword(string? keyword)
    {
        var clean = keyword?.Trim();
        if (!string.IsNullOrEmpty(clean) && !Keywords.Contains(clean, StringComparer.Ordinal)) Keywords.Add(clean);
    }
}
