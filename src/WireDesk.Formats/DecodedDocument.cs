namespace WireDesk.Formats;

/// <summary>A document turned into text, with the encoding decision that was taken and why.</summary>
public sealed record DecodedDocument(SourceDocument Source, string Text, string Encoding, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The text holds no character XML forbids: no C0 control but TAB, LF and CR, no lone surrogate, no U+FFFE or
    /// U+FFFF. False when unknown; an XML reader then checks for itself.
    /// </summary>
    public bool OnlyXmlCharacters { get; init; }
}
