namespace WireDesk.Formats.NewsMlG2;

/// <summary>contentMeta: administrative and descriptive metadata about the content. Dates are kept as sent.</summary>
public sealed record G2ContentMeta
{
    public string? ContentCreated { get; init; }
    public string? ContentModified { get; init; }
    public string? Urgency { get; init; }
    public IReadOnlyList<G2Concept> Located { get; init; } = [];
    public IReadOnlyList<G2Text> Datelines { get; init; } = [];
    public IReadOnlyList<G2Text> Bylines { get; init; } = [];
    public IReadOnlyList<G2Text> Creditlines { get; init; } = [];
    public IReadOnlyList<G2Text> Headlines { get; init; } = [];
    public IReadOnlyList<G2Text> Sluglines { get; init; } = [];
    public IReadOnlyList<G2Text> Descriptions { get; init; } = [];
    public IReadOnlyList<G2Text> Keywords { get; init; } = [];
    public IReadOnlyList<G2Concept> Subjects { get; init; } = [];
    public IReadOnlyList<G2Concept> Genres { get; init; } = [];
    public IReadOnlyList<G2Concept> Creators { get; init; } = [];
    public IReadOnlyList<G2Concept> InfoSources { get; init; } = [];
    /// <summary>language/@tag values.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
