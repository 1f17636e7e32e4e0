namespace WireDesk.Formats.NewsMlG2;

/// <summary>newsItem: one piece of content with its renditions in contentSet.</summary>
public sealed record G2NewsItem(string? Guid, string? Version, string? Lang, G2ItemMeta ItemMeta, G2ContentMeta ContentMeta,
    IReadOnlyList<G2Content> Contents) : G2Item(Guid, Version, Lang, ItemMeta, ContentMeta)
{
    /// <summary>assert elements: what the item states about concepts it refers to by qcode (names, broader ...).</summary>
    public IReadOnlyList<G2Concept> Asserts { get; init; } = [];
}
