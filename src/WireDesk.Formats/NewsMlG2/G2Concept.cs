namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// A G2 flexible property (subject, genre, located, provider, infoSource, creator ...): a concept identified by
/// qcode, uri or literal, with its names and the chain of broader concepts it sits in.
/// </summary>
public sealed record G2Concept(string? Qcode, string? Uri, string? Literal, string? Type)
{
    public string? Role { get; init; }
    public IReadOnlyList<G2Text> Names { get; init; } = [];
    public IReadOnlyList<G2Concept> Broader { get; init; } = [];
}
