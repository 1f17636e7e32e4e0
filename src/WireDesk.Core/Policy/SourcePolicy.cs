namespace WireDesk.Core.Policy;

/// <summary>How one source's copy is published: its rules, disclaimer, attribution and indexing.</summary>
public sealed record SourcePolicy
{
    public const string ReferenceDisclaimer =
        "This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor";

    public const string EditedDisclaimer =
        "This post is based on an agency feed and has been edited by our editors";

    public required string Source { get; init; }
    public IReadOnlyList<PolicyRule> Rules { get; init; } = [];
    public PolicyAction DefaultAction { get; init; } = PolicyAction.Publish;
    public string DefaultSection { get; init; } = "News";
    public string Disclaimer { get; init; } = ReferenceDisclaimer;
    /// <summary>The name shown after "By"; the story's agency when null.</summary>
    public string? Attribution { get; init; }
    public string? DefaultAgency { get; init; }
    /// <summary>IANA zone of the source's copy, for times without offsets and dateline years.</summary>
    public string TimeZone { get; init; } = "Asia/Kolkata";
    public bool NoIndex { get; init; }
    public bool KeepDisclaimerWhenReviewed { get; init; } = true;
    public DuplicateMode Duplicates { get; init; } = DuplicateMode.PublishAll;
    /// <summary>Whether the source's corrections carry a line readers should see.</summary>
    public bool ShowCorrections { get; init; } = true;

    public static SourcePolicy Default(string source) => new() { Source = source };
}
