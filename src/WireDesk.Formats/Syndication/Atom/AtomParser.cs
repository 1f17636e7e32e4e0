namespace WireDesk.Formats.Syndication.Atom;

/// <summary>Atom 1.0 (RFC 4287) and Atom 0.3 (root <c>feed</c>): each entry one story.</summary>
public sealed class AtomParser : ISyndicationParser
{
    public string Format => SyndicationFormats.Atom;

    public ParseResult Parse(DecodedDocument document, ParseContext context) => ParseFeed(document, context).Result;

    public SyndicationResult ParseFeed(DecodedDocument document, ParseContext context)
    {
        if (XmlFeedInput.Prepare(document, context, out var tooLarge) is not { } input)
            return FeedAssembly.Failed(Format, tooLarge!);

        var walk = FeedXmlWalker.Read<AtomXmlHandler>(input);
        var handler = walk.Handler;
        var recoveries = walk.Recoveries;
        if (!walk.SawRoot)
            return FeedAssembly.Failed(Format, new ParseError(document.Source.Name, recoveries.LastOrDefault() ?? "no root element"));

        var head = AtomMapper.Head(handler.Feed);
        var feedBase = LinkResolver.WebUriOrNull(head.Link);
        return FeedAssembly.Assemble(document, context, Format, head, handler.Feed.Entries, recoveries,
            entry => AtomMapper.ToDraft(entry, head, feedBase, context), walk.Input.Warnings, walk.Errors);
    }
}
