using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Anpa;

/// <summary>
/// ANPA-1312 wire copy (AP DataStream/DataFeatures): SYN SYN SOH, header line, STX, text, ETX, EOT; several
/// messages per file. Each message becomes one story; a message that cannot be read becomes a ParseError.
/// </summary>
public sealed class AnpaParser : IStoryParser
{
    public const string FormatName = Detection.FormatNames.Anpa;

    public string Format => FormatName;

    /// <summary>
    /// Sniff: SOH (after SYN fill) followed by an ANPA header — service level letter, sequence number, priority
    /// letter, category, slug. Reads the raw bytes, because TextDecoder strips the framing controls.
    /// </summary>
    public static bool CanRead(DecodedDocument document) => TeletypeDocument.StartsWithHeader(document, IsHeader);

    /// <inheritdoc cref="CanRead(DecodedDocument)"/>
    public static bool CanRead(string text) => TeletypeDocument.StartsWithHeader(text, IsHeader);

    public ParseResult Parse(DecodedDocument document, ParseContext context) =>
        TeletypeDocument.Parse(document, context, "ANPA-1312", AnpaMapper.Map);

    private static bool IsHeader(string header) => AnpaHeaderReader.Read(header) is not null;
}
