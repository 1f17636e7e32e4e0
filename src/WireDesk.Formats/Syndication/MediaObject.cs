namespace WireDesk.Formats.Syndication;

/// <summary>A Media RSS <c>media:content</c> or <c>media:thumbnail</c> (also inside <c>media:group</c>).</summary>
internal sealed record MediaObject(string Url, bool IsThumbnail)
{
    public string? Type { get; init; }

    public string? Medium { get; init; }

    public string? FileSize { get; init; }

    public string? Title { get; init; }
}
