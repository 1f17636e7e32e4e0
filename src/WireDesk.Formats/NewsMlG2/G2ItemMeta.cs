namespace WireDesk.Formats.NewsMlG2;

/// <summary>itemMeta: management metadata about the item. Dates are kept as sent.</summary>
public sealed record G2ItemMeta
{
    public string? ItemClass { get; init; }
    public G2Concept? Provider { get; init; }
    public string? VersionCreated { get; init; }
    public string? FirstCreated { get; init; }
    /// <summary>The embargoed element's text: null when absent, "" when present without a time (held until released).</summary>
    public string? Embargoed { get; init; }
    public string? PubStatus { get; init; }
    /// <summary>signal/@qcode values, such as sig:update or sig:correction.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
    public IReadOnlyList<G2Text> EdNotes { get; init; } = [];
    public IReadOnlyList<G2Link> Links { get; init; } = [];
    public string? Title { get; init; }
}
