namespace WireDesk.Core.Stories;

/// <summary>
/// The canonical story of PRODUCT.md §4: what every format is read into and every surface is built from.
/// Times keep the offset the agency sent; storage converts them to UTC instants.
/// </summary>
public sealed record Story
{
    public required string Source { get; init; }
    public string? Agency { get; init; }
    public required string Guid { get; init; }
    public int? Version { get; init; }
    public DateTimeOffset? FirstCreated { get; init; }
    public DateTimeOffset? VersionCreated { get; init; }
    public string? Headline { get; init; }
    public string? SubHeadline { get; init; }
    public string? Byline { get; init; }
    public string? Slugline { get; init; }
    public string? Summary { get; init; }
    public Dateline? Dateline { get; init; }
    public StoryBody Body { get; init; } = StoryBody.Empty;
    public string? Language { get; init; }
    public IReadOnlyList<Subject> Subjects { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public int? Urgency { get; init; }
    public int? Priority { get; init; }
    public string? Genre { get; init; }
    public PubStatus PubStatus { get; init; } = PubStatus.Usable;
    public Embargo? Embargo { get; init; }
    public Signals Signals { get; init; } = Signals.None;
    public string? CorrectionNote { get; init; }
    /// <summary>For editors only; never published on any surface.</summary>
    public string? EdNote { get; init; }
    public string? Format { get; init; }
    public string? Encoding { get; init; }
    public string? Located { get; init; }
    public string? Link { get; init; }
    public string? PreviousVersion { get; init; }
    public string? Creditline { get; init; }
    public IReadOnlyList<MediaLink> Media { get; init; } = [];
    public string ContentHash { get; init; } = "";
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
