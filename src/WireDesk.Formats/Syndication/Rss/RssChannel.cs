namespace WireDesk.Formats.Syndication.Rss;

/// <summary>The RSS <c>channel</c> elements a wire desk uses.</summary>
internal sealed class RssChannel
{
    public string? Title { get; set; }

    /// <summary>Resolved against the base in effect where it stood.</summary>
    public string? Link { get; set; }

    public string? Description { get; set; }

    /// <summary><c>language</c>, <c>dc:language</c> or the root's <c>xml:lang</c>.</summary>
    public string? Language { get; set; }
}
