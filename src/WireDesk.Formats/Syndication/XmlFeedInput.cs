namespace WireDesk.Formats.Syndication;

/// <summary>An XML feed ready for <see cref="FeedXmlWalker"/>: size checked, repaired, with its own address as base.</summary>
internal sealed record XmlFeedInput(string Text, Uri? DocumentBase, long MaxCharacters, IReadOnlyList<string> Recoveries)
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
        // A transport that names a document by its URL (HTTP poll, WebSub) gives relative links their base.
        var documentBase = LinkResolver.WebUriOrNull(document.Source.Name);
        return new XmlFeedInput(repaired.Text, documentBase, context.MaxDocumentBytes + EntityExpansionBudget, repaired.Recoveries);
    }
}
