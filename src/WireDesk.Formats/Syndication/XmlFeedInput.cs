namespace WireDesk.Formats.Syndication;

/// <summary>An XML feed ready for <see cref="FeedXmlWalker"/>: size checked, repaired, with its own address as base.</summary>
internal sealed record XmlFeedInput(
    string Text,
    Uri? DocumentBase,
    long MaxCharacters,
    IReadOnlyList<string> Recoveries,
    IReadOnlyList<string> Warnings)
{
    private const int EntityExpansionBudget = 1 << 20;

    public static XmlFeedInput? Prepare(DecodedDocument document, ParseContext context, out ParseError? error)
    {
        error = null;
        if (document.Source.Bytes.LongLength > context.MaxDocumentBytes || document.Text.Length > context.MaxDocumentBytes)
        {
            error = new ParseError(document.Source.Name, $"the document is larger than the {context.MaxDocumentBytes} bytes allowed");
            return null;
        }

        var repaired = FeedXmlRepair.Prepare(document.Text, EntityExpansionBudget);
        var recoveries = repaired.Recoveries.ToList();
        if (NotXmlMediaType(document.Source.ContentType) is { } mediaType)
            recoveries.Insert(0, $"bozo: served as {mediaType}, not an XML media type; read as XML anyway");
        // A transport that names a document by its URL (HTTP poll, WebSub) gives relative links their base.
        var documentBase = LinkResolver.WebUriOrNull(document.Source.Name);
        return new XmlFeedInput(repaired.Text, documentBase, context.MaxDocumentBytes + EntityExpansionBudget, recoveries, repaired.Warnings);
    }

    private static string? NotXmlMediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(mediaType) || mediaType.Contains("xml", StringComparison.Ordinal)) return null;
        // Transports that cannot tell (downloads, object stores) say octet-stream; that is no claim about the content.
        return mediaType is "application/octet-stream" or "binary/octet-stream" ? null : mediaType;
    }
}
