namespace WireDesk.Formats.Syndication;

/// <summary>A stretch of a document's text by start index and length.</summary>
internal readonly record struct TextSpan(int Start, int Length);
