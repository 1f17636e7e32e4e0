namespace WireDesk.Core.Desk;

/// <summary>One row of a side-by-side comparison: the older paragraph, the newer one, or both.</summary>
public sealed record DiffRow(DiffKind Kind, string? Older, string? Newer);
