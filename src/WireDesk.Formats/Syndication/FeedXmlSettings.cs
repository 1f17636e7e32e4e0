using System.Xml;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Reader settings for feeds: no DTD (its declarations are read by <see cref="FeedXmlRepair"/> without expanding
/// anything external), no resolver, bounded size. To be folded into the shared <c>Xml/SafeXml</c> once it lands.
/// </summary>
internal static class FeedXmlSettings
{
    public static XmlReaderSettings Create(long maxCharacters, bool fragment) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Control characters are already stripped by the decoder; a stray non-character must not cost an entry.
        CheckCharacters = false,
        ConformanceLevel = fragment ? ConformanceLevel.Fragment : ConformanceLevel.Document,
    };
}
