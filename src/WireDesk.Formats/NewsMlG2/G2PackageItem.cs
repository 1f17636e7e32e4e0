namespace WireDesk.Formats.NewsMlG2;

/// <summary>packageItem: a package whose groups reference other items by itemRef/@residref.</summary>
public sealed record G2PackageItem(string? Guid, string? Version, string? Lang, G2ItemMeta ItemMeta, G2ContentMeta ContentMeta,
    IReadOnlyList<string> ItemRefs) : G2Item(Guid, Version, Lang, ItemMeta, ContentMeta);
