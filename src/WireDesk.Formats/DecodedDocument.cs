namespace WireDesk.Formats;

/// <summary>A document turned into text, with the encoding decision that was taken and why.</summary>
public sealed record DecodedDocument(SourceDocument Source, string Text, string Encoding, IReadOnlyList<string> Warnings);
