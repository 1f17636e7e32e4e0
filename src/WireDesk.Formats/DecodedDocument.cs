namespace WireDesk.Formats;

/// <summary>A document turned into text, with the encoding decision that was taken and why.</summary>
public sealed record DecodedDocument(SourceDocument Source, string Text, string Encoding, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The text holds no C0 control but TAB, LF and CR (they were stripped; framing kept for the teletype parsers is
    /// the exception) and no lone surrogate (decoding never leaves one). False when unknown.
    /// </summary>
    public bool ControlsStripped { get; init; }
}
