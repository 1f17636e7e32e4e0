namespace WireDesk.Formats.Syndication.Rss;

/// <summary>The RSS pipeline shared by <see cref="RssParser"/> and <see cref="RdfParser"/>: repair, walk, map.</summary>
internal static class RssDocumentParser
{
    public static SyndicationResult Parse(DecodedDocument document, ParseContext context, string format)
    {
        if (XmlFeedInput.Prepare(document, context, out var tooLarge) is not { } input)
            return FeedAssembly.Failed(format, tooLarge!);

        var walk = FeedXmlWalker.Read<RssXmlHandler>(input);
        var handler = walk.Handler;
        var recoveries = walk.Recoveries;
        if (!walk.SawRoot)
            return FeedAssembly.Failed(format, new ParseError(document.Source.Name, recoveries.LastOrDefault() ?? "no root element"));

        var head = RssMapper.Head(handler.Feed);
        var channelBase = LinkResolver.WebUriOrNull(head.Link);
        return FeedAssembly.Assemble(document, context, format, head, handler.Feed.Items, recoveries,
            item => RssMapper.ToDraft(item, head, channelBase, context), walk.Input.Warnings, walk.Errors);
    }
}
