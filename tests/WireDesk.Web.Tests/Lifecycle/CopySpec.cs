namespace WireDesk.Web.Tests.Lifecycle;

/// <summary>One version of a test story, written out by <see cref="WireCopy"/> in the format under test.</summary>
public sealed record CopySpec
{
    public string Guid { get; init; } = "urn:test:story-1";
    public int Version { get; init; } = 1;
    public string Headline { get; init; } = "Coastal ferry service resumes after week-long storm";
    public IReadOnlyList<string> Paragraphs { get; init; } =
    [
        "OSLO, Jan 9 (Reuters) - A coastal ferry service resumed on Friday after a storm kept boats in port for a week, the operator said.",
        "The first departure left at 7 a.m. with about 200 passengers on board, a spokeswoman said.",
    ];
    public DateTimeOffset FirstCreated { get; init; } = new(2026, 1, 9, 9, 0, 0, TimeSpan.FromHours(1));
    public DateTimeOffset VersionCreated { get; init; } = new(2026, 1, 9, 9, 0, 0, TimeSpan.FromHours(1));
    public string Status { get; init; } = "usable";
    public bool Embargoed { get; init; }
    public DateTimeOffset? EmbargoUntil { get; init; }
    public bool Correction { get; init; }
    public string? CorrectionNote { get; init; }

    public CopySpec Next(string paragraph, TimeSpan later) => this with
    {
        Version = Version + 1,
        VersionCreated = VersionCreated + later,
        Paragraphs = [.. Paragraphs, paragraph],
    };
}
