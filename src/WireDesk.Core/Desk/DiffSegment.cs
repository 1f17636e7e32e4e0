namespace WireDesk.Core.Desk;

/// <summary>A run of words inside a changed paragraph: kept, removed from the older text or added in the newer.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
