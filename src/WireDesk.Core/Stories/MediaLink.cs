namespace WireDesk.Core.Stories;

/// <summary>An enclosure, rendition or association: a picture, video or other linked media.</summary>
public sealed record MediaLink(string Href)
{
    public string? Type { get; init; }
    public long? Length { get; init; }
    public string? Title { get; init; }
    public string? Rel { get; init; }
}
