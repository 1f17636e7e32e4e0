namespace WireDesk.Formats.Ninjs;

/// <summary>A ninjs news item as the wire gives it, in one shape for all versions; dates and codes still as text.</summary>
public sealed record NinjsItem(string? Uri, NinjsGeneration Generation)
{
    public string? Type { get; init; }
    public string? Version { get; init; }
    public string? FirstCreated { get; init; }
    public string? VersionCreated { get; init; }

    /// <summary>The embargo time (1.x/2.x "embargoed", 3.x "embargoedUntil") and which property gave it.</summary>
    public string? EmbargoedUntil { get; init; }
    public string? EmbargoProperty { get; init; }

    /// <summary>True when the embargo is given as <c>true</c> with no time: held until released.</summary>
    public bool EmbargoedWithoutTime { get; init; }

    public string? PubStatus { get; init; }
    public int? Urgency { get; init; }
    public string? CopyrightHolder { get; init; }
    public string? CopyrightNotice { get; init; }
    public string? EdNote { get; init; }
    public string? Language { get; init; }
    public string? By { get; init; }
    public string? Slugline { get; init; }
    public string? Located { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<NinjsText> Headlines { get; init; } = [];
    public IReadOnlyList<NinjsText> Bodies { get; init; } = [];
    public IReadOnlyList<NinjsText> Descriptions { get; init; } = [];
    public IReadOnlyList<NinjsConcept> Subjects { get; init; } = [];
    public IReadOnlyList<NinjsConcept> Genres { get; init; } = [];
    public IReadOnlyList<NinjsConcept> InfoSources { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<NinjsRendition> Renditions { get; init; } = [];
    public IReadOnlyList<NinjsAssociation> Associations { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> AltIds { get; init; } = [];
}
