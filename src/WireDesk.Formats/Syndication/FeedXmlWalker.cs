using System.Xml;
using WireDesk.Formats.Syndication.FastXml;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Streams a feed with one <see cref="XmlReader"/>, handing the root's (and containers') children to a format
/// handler. When the XML breaks, the break is recorded, the entry it broke (if any) is reported, and reading
/// restarts at the next entry start tag as an XML fragment with the namespaces that were in scope, so a feed
/// with one broken entry still yields every other entry (feedparser's "bozo" recovery, done strictly).
/// </summary>
internal sealed class FeedXmlWalker
{
    /// <summary>
    /// Walks a feed with <see cref="FastFeedXmlReader"/> over the text as delivered. The fast reader takes only
    /// documents that need no repair and that System.Xml's reader reads the same; any other (a DOCTYPE, an HTML entity,
    /// an odd construct, a break in the XML) is repaired and walked again from the start with a fresh handler: with
    /// the fast reader when repairing changed the text, else (or if it still will not take it) with System.Xml's
    /// reader, which also does the recovery.
    /// </summary>
    public static FeedWalk<THandler> Read<THandler>(XmlFeedInput input)
        where THandler : IFeedXmlHandler, new()
    {
        if (TryFast<THandler>(input) is { } asDelivered) return asDelivered;
        var repaired = input.WithRepairs();
        if (!ReferenceEquals(repaired.Text, input.Text) && TryFast<THandler>(repaired) is { } afterRepair) return afterRepair;
        return Walk(repaired, new THandler(), fast: false);
    }

    private static FeedWalk<THandler>? TryFast<THandler>(XmlFeedInput input)
        where THandler : IFeedXmlHandler, new()
    {
        try
        {
            return Walk(input, new THandler(), fast: true);
        }
        catch (FastXmlUnsupportedException)
        {
            return null;
        }
    }

    private static FeedWalk<THandler> Walk<THandler>(XmlFeedInput input, THandler handler, bool fast)
        where THandler : IFeedXmlHandler
    {
        var walker = new FeedXmlWalker(input, handler, fast);
        var recoveries = walker.Walk();
        return new FeedWalk<THandler>(input, handler, walker.SawRoot, [.. input.Recoveries, .. recoveries], walker.Errors);
    }

    private const int MaxContainerDepth = 32;

    private readonly string text;
    private readonly Uri? documentBase;
    private readonly long maxCharacters;
    private readonly bool charactersChecked;
    private readonly IFeedXmlHandler handler;
    private readonly bool fast;

    private readonly List<string> recoveries = [];
    private XmlNamespaceManager? scopeNamespaces;
    private Uri? scopeBase;
    private string? scopeLang;

    private bool inEntry;
    private int entryLine;
    private int entryColumn;
    private int entryCount;
    private int countedTo;
    private int countedLines = 1;

    private FeedXmlWalker(XmlFeedInput input, IFeedXmlHandler handler, bool fast)
    {
        text = input.Text;
        documentBase = input.DocumentBase;
        maxCharacters = input.MaxCharacters;
        charactersChecked = input.OnlyXmlCharacters;
        this.handler = handler;
        this.fast = fast;
    }

    /// <summary>Whether the root element was reached; without it nothing in the document was a feed.</summary>
    private bool SawRoot { get; set; }

    /// <summary>
    /// Breaks the feed as a whole must answer for, beside the broken entries the handler hears of: the XML ending
    /// before its elements do (a truncated delivery), and a break that left not a single entry to read.
    /// </summary>
    private List<ParseError> Errors { get; } = [];

    private ParseError? firstBreak;

    /// <summary>Walks the whole document; returns the "bozo: ..." notes for each break.</summary>
    private IReadOnlyList<string> Walk()
    {
        var segmentStart = 0;
        var fragment = false;
        scopeBase = documentBase;
        while (true)
        {
            try
            {
                using var reader = CreateReader(segmentStart, fragment);
                if (fragment) ReadFragment(reader);
                else ReadDocument(reader);
                return Finish();
            }
            catch (XmlException ex)
            {
                var errorAt = TextPositions.OffsetOf(text, segmentStart, ex.LineNumber, ex.LinePosition);
                var brokenEntryStart = inEntry ? TextPositions.OffsetOf(text, segmentStart, entryLine, entryColumn) : -1;
                var resumeAt = FindEntryStart(Math.Max(Math.Max(errorAt, brokenEntryStart + 1), segmentStart + 1));
                Record(ex, errorAt, fragment, resumeAt);
                if (resumeAt < 0) return Finish();
                SawRoot = true;
                segmentStart = resumeAt;
                fragment = true;
                inEntry = false;
            }
        }
    }

    private IReadOnlyList<string> Finish()
    {
        if (entryCount == 0 && Errors.Count == 0 && firstBreak is not null) Errors.Add(firstBreak);
        return recoveries;
    }

    private void Record(XmlException ex, int errorAt, bool fragment, int resumeAt)
    {
        var line = LineOf(errorAt);
        var where = $"line {line}";
        var position = $"line {line}, position {ColumnOf(errorAt)}";
        var truncated = Truncated(ex, errorAt);
        if (inEntry)
        {
            // A cut inside an entry is that entry's error; one error says both.
            if (truncated) handler.EntryBroken($"entry {entryCount} ({position})", $"the feed is cut off: the document ends inside this entry ({ex.Message})");
            else handler.EntryBroken($"entry {entryCount} ({where})", ex.Message);
            recoveries.Add($"bozo: entry {entryCount} is not well-formed ({where}): {ex.Message}");
        }
        else if (truncated)
        {
            recoveries.Add($"bozo: not well-formed XML ({where}): {ex.Message}");
            Errors.Add(new ParseError(position, $"the feed is cut off: the document ends inside its XML ({ex.Message})"));
        }
        // A restarted fragment ends at the container's end tags; that is the expected way out, not a new break.
        else if (!fragment || resumeAt >= 0 || !OnlyEndTagsFrom(errorAt))
        {
            recoveries.Add($"bozo: not well-formed XML ({where}): {ex.Message}");
            firstBreak ??= new ParseError(position, $"not well-formed XML: {ex.Message}");
        }
    }

    // The reader ran out of document with elements still open: nothing but whitespace follows the break.
    // (Its message says so too, but only in English; the position is what counts.)
    private bool Truncated(XmlException ex, int errorAt) =>
        text.AsSpan(Math.Min(errorAt, text.Length)).IsWhiteSpace()
        || ex.Message.StartsWith("Unexpected end of file", StringComparison.Ordinal);

    private XmlReader CreateReader(int start, bool fragment)
    {
        var settings = FeedXmlSettings.Create(maxCharacters, fragment);
        if (!fragment) return fast ? FastFeedXmlReader.Create(text, maxCharacters, charactersChecked) : XmlReader.Create(new StringReader(text), settings);

        var nameTable = new NameTable();
        var namespaces = new XmlNamespaceManager(nameTable);
        if (scopeNamespaces is not null)
            foreach (var (prefix, uri) in scopeNamespaces.GetNamespacesInScope(XmlNamespaceScope.ExcludeXml))
                namespaces.AddNamespace(prefix, uri);
        var context = new XmlParserContext(nameTable, namespaces, scopeLang, XmlSpace.None);
        return XmlReader.Create(new StringTailReader(text, start), settings, context);
    }

    private void ReadDocument(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element) throw new XmlException("the document has no root element");
        SawRoot = true;
        handler.ReadRoot(reader);
        CaptureScope(reader, documentBase);
        var rootBase = ElementBase(reader, documentBase);
        scopeBase = rootBase;
        if (reader.IsEmptyElement) reader.Read();
        else
        {
            reader.Read();
            ReadChildren(reader, rootBase, untilEndTag: true);
        }

        while (reader.Read())
        {
            // Only comments and whitespace may follow the root; the reader throws on anything else.
        }
    }

    private void ReadFragment(XmlReader reader)
    {
        reader.Read();
        ReadChildren(reader, scopeBase, untilEndTag: false);
    }

    private void ReadChildren(XmlReader reader, Uri? baseUri, bool untilEndTag)
    {
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var mark = ReaderMark.Of(reader);
                    ReadChild(reader, baseUri);
                    mark.SkipIfStuck(reader);
                    break;
                case XmlNodeType.EndElement when untilEndTag:
                    reader.Read();
                    return;
                default:
                    reader.Read();
                    break;
            }
        }
    }

    private void ReadChild(XmlReader reader, Uri? parentBase)
    {
        var baseUri = ElementBase(reader, parentBase);
        if (handler.IsEntry(reader))
        {
            if (entryCount == 0) CaptureScope(reader, parentBase);
            entryCount++;
            inEntry = true;
            var position = (IXmlLineInfo)reader;
            entryLine = position.LineNumber;
            entryColumn = position.LinePosition - 1;
            handler.ReadEntry(reader, baseUri);
            inEntry = false;
            reader.Read();
        }
        // Containers nest one level in real feeds; a hostile pile of them must not recurse the stack away.
        else if (reader.Depth < MaxContainerDepth && handler.IsContainer(reader))
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            reader.Read();
            ReadChildren(reader, baseUri, untilEndTag: true);
        }
        else handler.ReadHeadElement(reader, baseUri);
    }

    /// <summary>Keeps the namespaces, base and language in scope at the entries' parent for a restart.</summary>
    private void CaptureScope(XmlReader reader, Uri? parentBase)
    {
        scopeNamespaces = new XmlNamespaceManager(new NameTable());
        if (reader is IXmlNamespaceResolver resolver)
            foreach (var (prefix, uri) in resolver.GetNamespacesInScope(XmlNamespaceScope.ExcludeXml))
                scopeNamespaces.AddNamespace(prefix, uri);
        scopeBase = parentBase;
        scopeLang = string.IsNullOrEmpty(reader.XmlLang) ? null : reader.XmlLang;
    }

    internal static Uri? ElementBase(XmlReader reader, Uri? parentBase) =>
        reader.HasAttributes ? LinkResolver.AsBase(reader.GetAttribute("base", FeedNamespaces.Xml), parentBase) : parentBase;

    /// <summary>The index of the next start tag of an entry ("&lt;item", "&lt;rss:item") at or after <paramref name="from"/>.</summary>
    private int FindEntryStart(int from)
    {
        var name = handler.EntryLocalName;
        for (var at = text.IndexOf(name, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            if (after >= text.Length || !(char.IsWhiteSpace(text[after]) || text[after] is '>' or '/')) continue;
            var lt = at - 1;
            if (lt >= 0 && text[lt] == ':')
                for (lt--; lt >= 0 && (char.IsLetterOrDigit(text[lt]) || text[lt] is '_' or '-' or '.'); lt--) { }
            if (lt >= from && text[lt] == '<') return lt;
        }

        return -1;
    }

    private bool OnlyEndTagsFrom(int offset)
    {
        var tagStart = offset < text.Length ? text.LastIndexOf('<', offset) : -1;
        for (var i = tagStart < 0 ? offset : tagStart; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c != '<' || i + 1 >= text.Length || text[i + 1] != '/') return false;
            var close = text.IndexOf('>', i);
            if (close < 0) return false;
            i = close;
        }

        return true;
    }

    private int ColumnOf(int offset)
    {
        offset = Math.Min(offset, text.Length);
        return offset - (offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1) + 1;
    }

    // Counted on from the last break, so many breaks in a large feed cost one pass, not one pass each.
    private int LineOf(int offset)
    {
        if (offset < countedTo) (countedTo, countedLines) = (0, 1);
        for (; countedTo < offset && countedTo < text.Length; countedTo++)
            if (text[countedTo] == '\n') countedLines++;
        return countedLines;
    }
}
