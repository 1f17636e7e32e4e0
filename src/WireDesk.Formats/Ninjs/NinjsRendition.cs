namespace WireDesk.Formats.Ninjs;

/// <summary>One rendition of an item or association (1.x "mimetype"/"sizeinbytes", 3.x "contentType"/"sizeInBytes").</summary>
public sealed record NinjsRendition(string? Name)
{
    public string? Href { get; init; }
    public string? ContentType { get; init; }
    public string? Title { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public long? SizeInBytes { get; init; }
}
