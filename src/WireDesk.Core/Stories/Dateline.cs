namespace WireDesk.Core.Stories;

/// <summary>An agency dateline: the raw text kept verbatim, plus what could be read from it.</summary>
public sealed record Dateline(string Text)
{
    public string? Place { get; init; }
    public string? Region { get; init; }
    /// <summary>ISO 3166-1 alpha-2 where known, otherwise the name as written.</summary>
    public string? Country { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    /// <summary>Never in the dateline itself: inferred from the story's timestamps (PRODUCT.md §6), null without them.</summary>
    public int? Year { get; init; }
    public string? Agency { get; init; }
}
