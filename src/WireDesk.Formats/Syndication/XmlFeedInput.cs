namespace WireDesk.Formats.Syndication;

/// <summary>
/// An XML feed ready for <see cref="FeedXmlWalker"/>: size checked, with its own address as base. The text is the
/// decoded document as delivered until <see cref="WithRepairs"/> runs <see cref="FeedXmlRepair"/> over it.
/// </summary>
internal sealed record XmlFeedInput(
    string Text,
    Uri? DocumentBase,
    long MaxCharacters,
    IReadOnlyList<string> Recoveries,
    IReadOnlyList<string> Warnings)
{
    private const int EntityExpansionBudget = 1 << 20;

    /// <summary>The text holds no character XML forbids: the decoder stripped the controls (see
    /// <see cref="DecodedDocument.ControlsStripped"/>) and there is no U+FFFE or U+FFFF. Repairs keep it so: they write
    /// only characters XML allows.</summary>
    public bool OnlyXmlCharacters { get; init; }

    public static XmlFeedInput? Prepare(DecodedDocument document, ParseContext context, out ParseError? error)
    {
        error = null;
        if (document.Source.Bytes.LongLength > context.MaxDocumentBytes || document.Text.Length > context.MaxDocumentBytes)
        {
            error = new ParseError(document.Source.Name, $"the document is larger than the {context.MaxDocumentBytes} bytes allowed");
            return null;
        }

        List<string> recoveries = [];
        if (NotXmlMediaType(document.Source.ContentType) is { } mediaType)
            recoveries.Add($"bozo: served as {mediaType}, not an XML media type; read as XML anyway");
        // A transport that names a document by its URL (HTTP poll, WebSub) gives relative links their base.
        var documentBase = LinkResolver.WebUriOrNull(document.Source.Name);
        return new XmlFeedInput(document.Text, documentBase, context.MaxDocumentBytes + EntityExpansionBudget, recoveries, [])
        {
            OnlyXmlCharacters = document.ControlsStripped && document.Text.AsSpan().IndexOfAnyInRange('\uFFFE', '\uFFFF') < 0,
        };
    }

    /// <summary>The text with its DOCTYPE blanked and its references repaired, and what that recovered.</summary>
    public XmlFeedInput WithRepairs()
    {
        var repaired = FeedXmlRepair.Prepare(Text, EntityExpansionBudget);
        return this with
        {
            Text = repaired.Text,
            Recoveries = [.. Recoveries, .. repaired.Recoveries],
            Warnings = repaired.Warnings,
        };
    }

    private static string? NotXmlMediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(mediaType) || mediaType.Contains("xml", StringComparison.Ordinal)) return null;
        // Transports that cannot tell (downloads, object stores) say octet-stream; that is no claim about the content.
        return mediaType is "application/octet-stream" or "binary/octet-stream" ? null : mediaType;
    }
}
