using System.Diagnostics.CodeAnalysis;
using System.Xml;

namespace WireDesk.Formats.Xml;

/// <summary>
/// The one way WireDesk opens agency XML: no DTD processing, no resolver, bounded size, HTML entities recovered.
/// </summary>
/// <remarks>
/// DTDs are ignored rather than prohibited because NITF and NewsML 1 copy routinely carries a
/// <c>&lt;!DOCTYPE nitf SYSTEM "nitf-3-6.dtd"&gt;</c> line. Ignoring it never loads the DTD, so a reference to any
/// entity it declares (an external file, an entity bomb) is an undeclared entity and the document fails.
/// </remarks>
public static class SafeXml
{
    /// <summary>No entity is ever expanded from a DTD; this only bounds the parser should that ever change.</summary>
    public const long MaxCharactersFromEntities = 64 * 1024;

    public static XmlReaderSettings Settings(long maxCharactersInDocument) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        MaxCharactersInDocument = maxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// A reader over the decoded document, or the error that stops it: too large for
    /// <see cref="ParseContext.MaxDocumentBytes"/>.
    /// </summary>
    public static bool TryOpen(
        DecodedDocument document,
        ParseContext context,
        [NotNullWhen(true)] out XmlReader? reader,
        [NotNullWhen(false)] out ParseError? error)
    {
        var where = document.Source.Name;
        if (document.Source.Bytes.Length > context.MaxDocumentBytes || document.Text.Length > context.MaxDocumentBytes)
        {
            reader = null;
            error = new ParseError(where,
                $"document of {Math.Max(document.Source.Bytes.Length, document.Text.Length)} bytes exceeds the limit of {context.MaxDocumentBytes}");
            return false;
        }

        var text = HtmlEntityRecovery.ToNumericReferences(document.Text);
        reader = XmlReader.Create(new StringReader(text), Settings(Math.Max(1, context.MaxDocumentBytes)));
        error = null;
        return true;
    }

    /// <summary>A parse error naming the document and the line and column the XML parser stopped at.</summary>
    public static ParseError Describe(string where, XmlException exception) =>
        new(exception.LineNumber > 0 ? $"{where} line {exception.LineNumber}, column {exception.LinePosition}" : where,
            $"XML is not well-formed or not allowed: {Strip(exception.Message)}");

    // XmlException repeats the position at the end of its message; the position is already in Where.
    private static string Strip(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
