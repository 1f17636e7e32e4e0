namespace WireDesk.Formats.Ninjs;

/// <summary>A subject, genre, place, person or info source: name plus whichever identifiers the version gives.</summary>
public sealed record NinjsConcept(string? Name)
{
    public string? Uri { get; init; }
    public string? Code { get; init; }
    public string? Scheme { get; init; }
    public string? Literal { get; init; }
    public string? Rel { get; init; }
    public string? Role { get; init; }
}
