namespace WireDesk.Formats.NewsMlG2;

/// <summary>What newsItem and packageItem share: identity, language, itemMeta and contentMeta.</summary>
public abstract record G2Item(string? Guid, string? Version, string? Lang, G2ItemMeta ItemMeta, G2ContentMeta ContentMeta);
