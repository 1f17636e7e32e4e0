namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsComponent: news lines, administrative and descriptive metadata, content items and nested components.</summary>
public sealed record NewsMl1Component
{
    public NewsMl1NewsLines? NewsLines { get; init; }
    /// <summary>AdministrativeMetadata/Provider/Party/@FormalName.</summary>
    public string? Provider { get; init; }
    /// <summary>AdministrativeMetadata/Source/Party/@FormalName.</summary>
    public string? SourceParty { get; init; }
    public string? Language { get; init; }
    public string? Genre { get; init; }
    public IReadOnlyList<NewsMl1Subject> Subjects { get; init; } = [];
    public IReadOnlyList<NewsMl1ContentItem> ContentItems { get; init; } = [];
    public IReadOnlyList<NewsMl1Component> Components { get; init; } = [];
}
