using System.Xml;

namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>
/// A fast, conservative <see cref="XmlReader"/> for the common shape of feeds, over a whole document held in a
/// string. For every document it reads to the end, what it reports is exactly what the standard reader with
/// <see cref="FeedXmlSettings"/> reports (node by node: names, namespaces, values, depth, xml:lang, attributes,
/// line positions); anything else — a DOCTYPE, an unknown entity, xml:space, a name it is not sure of, anything
/// not well-formed — makes it throw <see cref="FastXmlUnsupportedException"/>, and the caller reads the whole
/// document again with the standard reader. Values are made only when asked for; names cost nothing after
/// their first sight.
/// </summary>
internal sealed partial class FastFeedXmlReader : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
{
    private readonly string text;
    private readonly int length;
    private int checkedTo;
    private readonly FastXmlNames names = new();
    private readonly FastXmlName declarationName;
    private int pos;
    private ReadState state = ReadState.Initial;

    private XmlNodeType nodeType;
    private int nodeOffset;
    private int valueStart;
    private int valueEnd;
    private bool valueHasReferences;
    private bool valueMayHaveCarriageReturn;
    private string? value;
    private int depth;
    private bool isEmpty;

    private FastXmlAttribute[] attributes = new FastXmlAttribute[8];
    private int attributeCount;
    private int attributeIndex = -1;
    private bool onAttributeValue;

    private FastXmlFrame[] frames = new FastXmlFrame[16];
    private int frameCount;
    private bool popPending;

    private string[] declaredPrefixes = new string[8];
    private string[] declaredUris = new string[8];
    private int declarationCount;

    private char[] scratch = [];
    private char[] decoded = new char[256];
    private int decodedLength = -1;
    private int lineCursorOffset;
    private int lineCursorLine = 1;
    private int lineCursorStart;

    private FastFeedXmlReader(string text, bool charactersChecked)
    {
        this.text = text;
        length = text.Length;
        if (charactersChecked) checkedTo = length;
        declarationName = names.Get("xml", 0, 3, -1, Mix('x' * 31 * 31 + 'm' * 31 + 'l'));
    }

    /// <summary>A reader over <paramref name="text"/>; <see cref="FastXmlUnsupportedException"/> at once when the text
    /// is not smaller than <paramref name="maxCharacters"/> (the standard reader's MaxCharactersInDocument).
    /// The reader checks every character itself (see the three-argument overload).</summary>
    public static FastFeedXmlReader Create(string text, long maxCharacters = long.MaxValue) => Create(text, maxCharacters, charactersChecked: false);

    /// <summary>
    /// A reader over <paramref name="text"/>, as <see cref="Create(string, long)"/>. With
    /// <paramref name="charactersChecked"/> the caller guarantees that the text holds no character the standard
    /// reader refuses — no C0 control other than TAB, LF and CR, no surrogate out of pair, no U+FFFE or U+FFFF —
    /// and the reader skips its own pass over every character. A text that breaks the guarantee may then be
    /// read differently from the standard reader.
    /// </summary>
    public static FastFeedXmlReader Create(string text, long maxCharacters, bool charactersChecked)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length >= maxCharacters) throw new FastXmlUnsupportedException("a document at the size limit", 0);
        return new FastFeedXmlReader(text, charactersChecked);
    }

    public override bool Read()
    {
        if (state == ReadState.Initial) state = ReadState.Interactive;
        else if (state != ReadState.Interactive) return false;
        attributeIndex = -1;
        onAttributeValue = false;
        attributeCount = 0;
        if (popPending) PopFrame();
        var more = ReadNode();
        if (pos > checkedTo) CheckCharacters();
        if (more) return true;
        state = ReadState.EndOfFile;
        nodeType = XmlNodeType.None;
        nodeOffset = length;
        depth = 0;
        isEmpty = false;
        value = null;
        return false;
    }

    // Characters are checked a block ahead of the scanner rather than in a pass of their own: the block is then
    // in cache when the scanner gets there. Every node is checked through its end before it is reported.
    private void CheckCharacters()
    {
        var to = Math.Min(length, Math.Max(pos, checkedTo + 8192));
        var reached = FastXmlChars.CheckRange(text, checkedTo, to);
        if (reached < 0) throw Bail("a character XML forbids", checkedTo);
        checkedTo = reached;
    }

    public override void Skip()
    {
        if (state != ReadState.Interactive) return;
        MoveToElement();
        if (nodeType == XmlNodeType.Element && !isEmpty)
        {
            var elementDepth = depth;
            while (Read() && depth > elementDepth) { }
        }

        Read();
    }

    public override XmlNodeType NodeType =>
        onAttributeValue ? XmlNodeType.Text : attributeIndex >= 0 ? XmlNodeType.Attribute : nodeType;

    public override string LocalName =>
        onAttributeValue ? "" : attributeIndex >= 0 ? attributes[attributeIndex].Name.LocalName : NodeName?.LocalName ?? "";

    public override string Name =>
        onAttributeValue ? "" : attributeIndex >= 0 ? attributes[attributeIndex].Name.QualifiedName : NodeName?.QualifiedName ?? "";

    public override string Prefix =>
        onAttributeValue ? "" : attributeIndex >= 0 ? attributes[attributeIndex].Name.Prefix : NodeName?.Prefix ?? "";

    public override string NamespaceURI =>
        onAttributeValue ? "" : attributeIndex >= 0 ? attributes[attributeIndex].Namespace
        : nodeType is XmlNodeType.Element or XmlNodeType.EndElement ? frames[depth].Namespace : "";

    // An element or end tag is the frame at its own depth (popped only on the next Read).
    private FastXmlName? NodeName => nodeType switch
    {
        XmlNodeType.Element or XmlNodeType.EndElement => frames[depth].Name,
        XmlNodeType.XmlDeclaration => declarationName,
        _ => null,
    };

    public override string Value
    {
        get
        {
            if (attributeIndex >= 0) return AttributeValue(attributeIndex);
            return nodeType switch
            {
                XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.CDATA or XmlNodeType.XmlDeclaration =>
                    value ??= decodedLength >= 0 && !valueMayHaveCarriageReturn
                        ? new string(decoded, 0, decodedLength)
                        : MakeText(valueStart, valueEnd, valueHasReferences, valueMayHaveCarriageReturn),
                _ => "",
            };
        }
    }

    public override int Depth => onAttributeValue ? depth + 2 : attributeIndex >= 0 ? depth + 1 : depth;

    public override bool IsEmptyElement => attributeIndex < 0 && nodeType == XmlNodeType.Element && isEmpty;

    public override int AttributeCount => attributeCount;

    public override string BaseURI => "";

    public override bool EOF => state == ReadState.EndOfFile;

    public override ReadState ReadState => state;

    public override XmlNameTable NameTable => names.Table;

    public override string XmlLang => frameCount > 0 ? frames[frameCount - 1].Lang : "";

    public override char QuoteChar => attributeIndex >= 0 ? attributes[attributeIndex].Quote : '"';

    public override bool CanResolveEntity => true;

    public override string? GetAttribute(string name)
    {
        for (var i = 0; i < attributeCount; i++)
            if (attributes[i].Name.QualifiedName == name) return AttributeValue(i);
        return null;
    }

    public override string? GetAttribute(string localName, string? namespaceURI)
    {
        namespaceURI ??= "";
        for (var i = 0; i < attributeCount; i++)
            if (attributes[i].Name.LocalName == localName && attributes[i].Namespace == namespaceURI) return AttributeValue(i);
        return null;
    }

    public override string GetAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, attributeCount);
        return AttributeValue(i);
    }

    public override bool MoveToAttribute(string name)
    {
        for (var i = 0; i < attributeCount; i++)
            if (attributes[i].Name.QualifiedName == name) return PositionOnAttribute(i);
        return false;
    }

    public override bool MoveToAttribute(string localName, string? namespaceURI)
    {
        namespaceURI ??= "";
        for (var i = 0; i < attributeCount; i++)
            if (attributes[i].Name.LocalName == localName && attributes[i].Namespace == namespaceURI) return PositionOnAttribute(i);
        return false;
    }

    public override void MoveToAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, attributeCount);
        PositionOnAttribute(i);
    }

    public override bool MoveToFirstAttribute() => attributeCount > 0 && PositionOnAttribute(0);

    public override bool MoveToNextAttribute()
    {
        if (attributeCount == 0) return false;
        if (attributeIndex < 0) return PositionOnAttribute(0);
        return attributeIndex + 1 < attributeCount && PositionOnAttribute(attributeIndex + 1);
    }

    public override bool MoveToElement()
    {
        if (attributeIndex < 0) return false;
        attributeIndex = -1;
        onAttributeValue = false;
        return true;
    }

    public override bool ReadAttributeValue()
    {
        if (attributeIndex < 0 || onAttributeValue) return false;
        onAttributeValue = true;
        return true;
    }

    public override string? LookupNamespace(string prefix)
    {
        if (prefix.Length == 0) return frameCount > 0 ? frames[frameCount - 1].DefaultNamespace : "";
        if (prefix == "xml") return names.XmlNamespace;
        if (prefix == "xmlns") return names.XmlnsNamespace;
        for (var i = declarationCount - 1; i >= 0; i--)
            if (declaredPrefixes[i] == prefix) return declaredUris[i];
        return null;
    }

    public override void ResolveEntity() => throw new FastXmlUnsupportedException("ResolveEntity is not supported", pos);

    public override void Close()
    {
        state = ReadState.Closed;
        attributeIndex = -1;
        onAttributeValue = false;
        attributeCount = 0;
    }

    bool IXmlLineInfo.HasLineInfo() => true;

    int IXmlLineInfo.LineNumber => state == ReadState.Initial ? 0 : LineAndColumn(CurrentOffset).Line;

    int IXmlLineInfo.LinePosition => state == ReadState.Initial ? 0 : LineAndColumn(CurrentOffset).Column;

    IDictionary<string, string> IXmlNamespaceResolver.GetNamespacesInScope(XmlNamespaceScope scope)
    {
        if (scope != XmlNamespaceScope.ExcludeXml) throw new FastXmlUnsupportedException("only the ExcludeXml namespace scope is supported", pos);
        var inScope = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < declarationCount; i++) inScope[declaredPrefixes[i]] = declaredUris[i];
        var defaultNamespace = frameCount > 0 ? frames[frameCount - 1].DefaultNamespace : "";
        if (defaultNamespace.Length > 0) inScope[""] = defaultNamespace;
        return inScope;
    }

    string? IXmlNamespaceResolver.LookupNamespace(string prefix) => LookupNamespace(prefix);

    string? IXmlNamespaceResolver.LookupPrefix(string namespaceName) =>
        throw new FastXmlUnsupportedException("LookupPrefix is not supported", pos);

    private bool PositionOnAttribute(int i)
    {
        attributeIndex = i;
        onAttributeValue = false;
        return true;
    }

    private int CurrentOffset =>
        onAttributeValue ? attributes[attributeIndex].ValueStart
        : attributeIndex >= 0 ? attributes[attributeIndex].NameOffset
        : nodeOffset;

    private string AttributeValue(int i)
    {
        ref var attribute = ref attributes[i];
        return attribute.Value ??= MakeAttributeValue(attribute.ValueStart, attribute.ValueEnd, attribute.HasReferences);
    }

    // Text keeps line ends as the XML end-of-line rule makes them ("\r\n" and a lone '\r' become '\n');
    // references give their character as is ("&#13;" stays '\r').
    private string MakeText(int start, int end, bool hasReferences, bool mayHaveCarriageReturn)
    {
        var raw = text.AsSpan(start, end - start);
        if (!hasReferences && (!mayHaveCarriageReturn || !raw.Contains('\r'))) return raw.ToString();
        var output = Scratch(raw.Length);
        var n = 0;
        for (var p = start; p < end;)
        {
            // CDATA keeps '&' as it is: only a run scanned with references has any.
            var rest = text.AsSpan(p, end - p);
            var next = hasReferences ? rest.IndexOfAny('&', '\r') : rest.IndexOf('\r');
            var stop = next < 0 ? end : p + next;
            text.AsSpan(p, stop - p).CopyTo(output.AsSpan(n));
            n += stop - p;
            if (stop == end) break;
            if (text[stop] == '\r')
            {
                output[n++] = '\n';
                p = stop + 1 < end && text[stop + 1] == '\n' ? stop + 2 : stop + 1;
            }
            else p = AppendReference(stop, output, ref n);
        }

        return new string(output, 0, n);
    }

    // Attribute values are normalized as XML says for undeclared (CDATA) attributes: each TAB, LF, CR and
    // "\r\n" becomes one space; references give their character as is.
    private string MakeAttributeValue(int start, int end, bool hasReferences)
    {
        var raw = text.AsSpan(start, end - start);
        if (!hasReferences && raw.IndexOfAny('\t', '\n', '\r') < 0) return raw.ToString();
        var output = Scratch(raw.Length);
        var n = 0;
        for (var p = start; p < end;)
        {
            var c = text[p];
            switch (c)
            {
                case '&':
                    p = AppendReference(p, output, ref n);
                    break;
                case '\r':
                    output[n++] = ' ';
                    p = p + 1 < end && text[p + 1] == '\n' ? p + 2 : p + 1;
                    break;
                case '\t' or '\n':
                    output[n++] = ' ';
                    p++;
                    break;
                default:
                    output[n++] = c;
                    p++;
                    break;
            }
        }

        return new string(output, 0, n);
    }

    private int AppendReference(int at, char[] output, ref int n)
    {
        var codePoint = FastXmlChars.Reference(text, at, out var end);
        if (codePoint < 0x10000) output[n++] = (char)codePoint;
        else
        {
            var rune = new System.Text.Rune(codePoint);
            n += rune.EncodeToUtf16(output.AsSpan(n));
        }

        return end;
    }

    private char[] Scratch(int size)
    {
        if (scratch.Length < size) scratch = new char[Math.Max(size, scratch.Length * 2)];
        return scratch;
    }

    // Lines as the standard reader counts them: "\r\n", '\r' and '\n' each end one. Nodes are asked about in
    // document order, so a cursor moving forward makes this one pass over the text in all.
    private (int Line, int Column) LineAndColumn(int offset)
    {
        if (offset < lineCursorOffset) (lineCursorOffset, lineCursorLine, lineCursorStart) = (0, 1, 0);
        var p = lineCursorOffset;
        var line = lineCursorLine;
        var lineStart = lineCursorStart;
        while (p < offset)
        {
            var next = text.AsSpan(p, offset - p).IndexOfAny('\n', '\r');
            if (next < 0) break;
            p += next;
            if (text[p] == '\r' && p + 1 < length && text[p + 1] == '\n') p++;
            p++;
            line++;
            lineStart = p;
        }

        lineCursorOffset = Math.Max(p, offset);
        lineCursorLine = line;
        lineCursorStart = lineStart;
        return (line, offset - lineStart + 1);
    }
}
