using System.Text.RegularExpressions;

namespace WireDesk.Core.Policy;

/// <summary>
/// One ordered rule of a source's policy. Every condition that is set must hold; the first rule that matches
/// decides the action and, when it names one, the section.
/// </summary>
public sealed record PolicyRule
{
    public required string Name { get; init; }
    public PolicyAction? Action { get; init; }
    public string? Section { get; init; }
    /// <summary>Matches stories whose urgency is at most this (1 is most urgent).</summary>
    public int? UrgencyAtMost { get; init; }
    public int? UrgencyAtLeast { get; init; }
    public int? PriorityAtMost { get; init; }
    /// <summary>Any of these subject codes, names or category words (case-insensitive).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public Regex? HeadlinePattern { get; init; }
    public Regex? BodyPattern { get; init; }
}
