namespace WireDesk.Formats.NewsMlG2;

/// <summary>A G2 text property (headline, description, slugline, dateline, by, creditline, edNote, keyword, name).</summary>
public sealed record G2Text(string Text, string? Lang, string? Role);
