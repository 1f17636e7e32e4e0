using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Iptc7901;

/// <summary>
/// IPTC 7901 agency text: SOH, header line (source, number, priority 1-6, category, word count, keyword), STX,
/// keyword line, headline, text, signature and date-time group, ETX. Several messages per file.
/// </summary>
public sealed class Iptc7901Parser : IStoryParser
{
    public const string FormatName = Detection.FormatNames.Iptc7901;

    public string Format => FormatName;

    /// <summary>
    /// Sniff: SOH (after SYN fill) followed by a 7901 header — source id, message number, priority digit 1-6,
    /// three-letter category, word count. Reads the raw bytes, because TextDecoder strips the framing controls.
    /// </summary>
    public static bool CanRead(DecodedDocument document) => TeletypeDocument.StartsWithHeader(document, IsHeader);

    /// <inheritdoc cref="CanRead(DecodedDocument)"/>
    public static bool CanRead(string text) => TeletypeDocument.StartsWithHeader(text, IsHeader);

    public ParseResult Parse(DecodedDocument document, ParseContext context) =>
        TeletypeDocument.Parse(document, context, "IPTC 7901", Iptc7901Mapper.Map);

    private static bool IsHeader(string header) => Iptc7901HeaderReader.Read(header) is not null;
}
