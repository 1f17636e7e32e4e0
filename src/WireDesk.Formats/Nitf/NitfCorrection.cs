namespace WireDesk.Formats.Nitf;

/// <summary>docdata/correction: the item corrects a previously published document.</summary>
public sealed record NitfCorrection(string? Info, string? IdString, string? RegSrc);
