namespace WireDesk.Formats.NewsMlG2;

/// <summary>newsItem: one piece of content with its renditions in contentSet.</summary>
public sealed record G2NewsItem(string? Guid, string? Version, string? Lang, G2ItemMeta ItemMeta, G2ContentMeta ContentMeta,
    IReadOnlyList<G2Content> Contents) : G2Item(Guid, Version, Lang, ItemMeta, ContentMeta);
