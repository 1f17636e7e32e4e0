namespace WireDesk.Ingest.Sources;

/// <summary>A source's publishing policy as written in the sources file.</summary>
public sealed record PolicyDefinition
{
    public string DefaultAction { get; init; } = "publish";
    public string DefaultSection { get; init; } = "News";
    public string? Disclaimer { get; init; }
    public string? Attribution { get; init; }
    public bool NoIndex { get; init; }
    public bool KeepDisclaimerWhenReviewed { get; init; } = true;
    /// <summary>publishAll or publishFirst.</summary>
    public string Duplicates { get; init; } = "publishAll";
    public bool ShowCorrections { get; init; } = true;
    public IReadOnlyList<RuleDefinition> Rules { get; init; } = [];
}

/// <summary>One ordered rule; conditions that are set must all hold.</summary>
public sealed record RuleDefinition
{
    public required string Name { get; init; }
    public string? Action { get; init; }
    public string? Section { get; init; }
    public int? UrgencyAtMost { get; init; }
    public int? UrgencyAtLeast { get; init; }
    public int? PriorityAtMost { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? HeadlinePattern { get; init; }
    public string? BodyPattern { get; init; }
}
