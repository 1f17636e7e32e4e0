namespace WireDesk.Formats.Ninjs;

/// <summary>An associated item (picture, graphic, video ...) as far as the story's media need it.</summary>
public sealed record NinjsAssociation(string? Name)
{
    public string? Uri { get; init; }
    public string? Type { get; init; }
    public string? Headline { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<NinjsRendition> Renditions { get; init; } = [];
}
