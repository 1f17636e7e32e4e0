using System.Runtime.CompilerServices;
using System.Xml;

namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>The scanner half of the fast reader: one forward pass over the string, each node checked as it is met.</summary>
internal sealed partial class FastFeedXmlReader
{
    private enum Phase
    {
        Prolog,
        Content,
        Epilog,
    }

    private Phase phase;

    private FastXmlUnsupportedException Bail(string reason, int offset)
    {
        state = ReadState.Error;
        return new FastXmlUnsupportedException(reason, offset);
    }

    // '\0' never occurs in an accepted text (Create refuses it), so it doubles as "past the end".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char At(int p)
    {
        // The length compared is the string's own, so the JIT drops the bounds check of the index.
        var chars = text;
        return (uint)p < (uint)chars.Length ? chars[p] : '\0';
    }

    private bool ReadNode()
    {
        while (true)
        {
            if (pos >= length)
            {
                if (phase != Phase.Epilog) throw Bail("the document ends before its root element is closed", pos);
                return false;
            }

            if (text[pos] != '<')
            {
                if (phase == Phase.Content) ReadText();
                else ReadTopLevelWhitespace();
                return true;
            }

            switch (At(pos + 1))
            {
                case '/':
                    if (phase != Phase.Content) throw Bail("an end tag outside the root element", pos);
                    ReadEndTag();
                    return true;
                case '!':
                    if (text.AsSpan(pos).StartsWith("<!--"))
                    {
                        SkipComment();
                        continue;
                    }

                    if (phase == Phase.Content && text.AsSpan(pos).StartsWith("<![CDATA["))
                    {
                        ReadCData();
                        return true;
                    }

                    throw Bail("a DOCTYPE or other markup declaration", pos);
                case '?':
                    if (pos == 0 && text.StartsWith("<?xml ", StringComparison.Ordinal))
                    {
                        ReadDeclaration();
                        return true;
                    }

                    SkipProcessingInstruction();
                    continue;
                default:
                    if (phase == Phase.Epilog) throw Bail("a second root element", pos);
                    ReadStartTag();
                    return true;
            }
        }
    }

    private void ReadTopLevelWhitespace()
    {
        var start = pos;
        var p = pos;
        var carriageReturn = false;
        for (char c; p < length && FastXmlChars.IsWhitespace(c = text[p]); p++) carriageReturn |= c == '\r';
        if (p == start || (p < length && text[p] != '<')) throw Bail("text outside the root element", p);
        SetValueNode(XmlNodeType.Whitespace, start, p, hasReferences: false, carriageReturn, 0);
        pos = p;
    }

    // Text stops the scan at '<' (its end), '&' (a reference), ']' (perhaps "]]>", which text may not hold) and
    // '\r' (a line end to normalize when the value is made). One scan finds all four: no second pass over the text.
    private const string TextStops = "<&]\r";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTextStop(char c) => c is '<' or '&' or ']' or '\r';

    // References are decoded while scanning (into a buffer, made a string only if Value is asked for); a node
    // with a carriage return is made again by the lazy path, which normalizes line ends.
    private void ReadText()
    {
        var chars = text;
        var start = pos;
        // Whitespace between tags puts the next '<' a few characters on; a short look by hand is cheaper there
        // than starting a vector search, and such a run (most text nodes of a feed) needs no further look.
        var at = start;
        var limit = Math.Min(start + 8, chars.Length);
        var carriageReturn = false;
        for (char c; at < limit && FastXmlChars.IsWhitespace(c = chars[at]); at++) carriageReturn |= c == '\r';
        if (at < limit && chars[at] == '<')
        {
            SetValueNode(XmlNodeType.Whitespace, start, at, hasReferences: false, carriageReturn, frameCount);
            pos = at;
            return;
        }

        carriageReturn = false;
        var references = false;
        var p = start;
        while (true)
        {
            p = NextTextStop(p);
            var c = chars[p];
            if (c == '<') break;
            if (c == '&')
            {
                references = true;
                p = DecodeText(start, p, ref carriageReturn);
                break;
            }

            if (c == '\r') carriageReturn = true;
            else if (At(p + 1) == ']' && At(p + 2) == '>') throw Bail("']]>' in text", p);
            p++;
        }

        var type = IsWhitespaceRun(start, p, references) ? XmlNodeType.Whitespace : XmlNodeType.Text;
        SetValueNode(type, start, p, references, carriageReturn, frameCount);
        if (references) decodedLength = decodedCount;
        pos = p;
    }

    // The next '<', '&', ']' or '\r' at or after p: a few characters by hand, then a vector search.
    private int NextTextStop(int p)
    {
        var chars = text;
        for (var limit = Math.Min(p + 16, chars.Length); p < limit; p++)
            if (IsTextStop(chars[p])) return p;
        var next = p < chars.Length ? chars.AsSpan(p).IndexOfAny(TextStops) : -1;
        if (next < 0) throw Bail("the document ends inside text", length);
        return p + next;
    }

    private int decodedCount;

    // Text with references (escaped markup, typically: "&lt;p&gt;" every few characters) is decoded while it is
    // scanned, into a buffer made a string only if Value is asked for: short runs by hand, long ones by vector
    // search and block copy. Returns where the text ends (its '<').
    private int DecodeText(int start, int firstReference, ref bool carriageReturn)
    {
        var chars = text;
        var output = Reserve(firstReference - start + 16);
        chars.AsSpan(start, firstReference - start).CopyTo(output);
        var n = firstReference - start;
        var p = firstReference;
        while (true)
        {
            var c = At(p);
            if (c == '&')
            {
                if (n + 2 > output.Length) output = Reserve(n + 2);
                // Escaped markup is nearly all "&lt;", "&gt;" and "&amp;": read those here, the rest in general.
                var c1 = At(p + 1);
                if (c1 is 'l' or 'g' && At(p + 2) == 't' && At(p + 3) == ';')
                {
                    output[n++] = c1 == 'l' ? '<' : '>';
                    p += 4;
                    continue;
                }

                if (c1 == 'a' && At(p + 2) == 'm' && At(p + 3) == 'p' && At(p + 4) == ';')
                {
                    output[n++] = '&';
                    p += 5;
                    continue;
                }

                var character = FastXmlChars.Reference(chars, p, out var after);
                if (character < 0) throw Bail(FastXmlChars.DeclinedReference(character), p);
                if (character < 0x10000) output[n++] = (char)character;
                else n += new System.Text.Rune(character).EncodeToUtf16(output.AsSpan(n));
                p = after;
                continue;
            }

            if (c == '<') break;
            if (c == ']' || c == '\r')
            {
                if (c == '\r') carriageReturn = true;
                else if (At(p + 1) == ']' && At(p + 2) == '>') throw Bail("']]>' in text", p);
                if (n + 1 > output.Length) output = Reserve(n + 1);
                output[n++] = c;
                p++;
                continue;
            }

            var stop = NextTextStop(p);
            if (n + (stop - p) > output.Length) output = Reserve(n + (stop - p));
            chars.AsSpan(p, stop - p).CopyTo(output.AsSpan(n));
            n += stop - p;
            p = stop;
        }

        decodedCount = n;
        return p;
    }

    private char[] Reserve(int size)
    {
        if (decoded.Length < size) Array.Resize(ref decoded, Math.Max(size, decoded.Length * 2));
        return decoded;
    }

    // The standard reader calls a run whitespace by its value: "&#32;" alone is a Whitespace node.
    private bool IsWhitespaceRun(int start, int end, bool references)
    {
        for (var p = start; p < end;)
        {
            var c = text[p];
            if (FastXmlChars.IsWhitespace(c))
            {
                p++;
                continue;
            }

            if (!references || c != '&') return false;
            var value = FastXmlChars.Reference(text, p, out var after);
            if (value is not (' ' or '\n' or '\t' or '\r')) return false;
            p = after;
        }

        return true;
    }

    private void ReadCData()
    {
        var start = pos + 9;
        var end = text.AsSpan(start).IndexOf("]]>");
        if (end < 0) throw Bail("the document ends inside a CDATA section", length);
        end += start;
        // Whether the section holds a '\r' is left to the value, if it is asked for.
        SetValueNode(XmlNodeType.CDATA, start, end, hasReferences: false, mayHaveCarriageReturn: true, frameCount);
        pos = end + 3;
    }

    private void SkipComment()
    {
        var start = pos + 4;
        var dashes = text.AsSpan(start).IndexOf("--");
        if (dashes < 0) throw Bail("the document ends inside a comment", length);
        dashes += start;
        if (At(dashes + 2) != '>') throw Bail("'--' inside a comment", dashes);
        pos = dashes + 3;
    }

    private void SkipProcessingInstruction()
    {
        var p = pos + 2;
        var start = p;
        if (!FastXmlChars.IsNameStart(At(p))) throw Bail("a processing instruction without a target name", p);
        for (p++; FastXmlChars.IsNamePart(At(p)); p++) { }
        if (p - start == 3 && text.AsSpan(start, 3).Equals("xml", StringComparison.OrdinalIgnoreCase))
            throw Bail("an XML declaration that is not at the very start", start);
        var c = At(p);
        if (c == '?' && At(p + 1) == '>')
        {
            pos = p + 2;
            return;
        }

        if (!FastXmlChars.IsWhitespace(c)) throw Bail("an odd processing instruction target", p);
        var end = text.AsSpan(p).IndexOf("?>");
        if (end < 0) throw Bail("the document ends inside a processing instruction", length);
        pos = p + end + 2;
    }

    // Only the plain shape: <?xml version="1.0"[ encoding="EncName"][ standalone="yes|no"] ?> with spaces.
    private void ReadDeclaration()
    {
        var p = 6;
        while (At(p) == ' ') p++;
        var declarationValueStart = p;
        attributeCount = 0;
        if (!DeclarationPseudoAttribute(ref p, "version") || text.AsSpan(attributes[0].ValueStart, attributes[0].ValueEnd - attributes[0].ValueStart) is not "1.0")
            throw Bail("an XML declaration of an unusual shape", p);
        var valueEnd = p;
        var spaced = SkipSpaces(ref p);
        if (spaced && At(p) == 'e')
        {
            if (!DeclarationPseudoAttribute(ref p, "encoding") || !IsEncodingName(attributes[attributeCount - 1])) throw Bail("an XML declaration of an unusual shape", p);
            valueEnd = p;
            spaced = SkipSpaces(ref p);
        }

        if (spaced && At(p) == 's')
        {
            if (!DeclarationPseudoAttribute(ref p, "standalone")) throw Bail("an XML declaration of an unusual shape", p);
            var standalone = attributes[attributeCount - 1];
            if (text.AsSpan(standalone.ValueStart, standalone.ValueEnd - standalone.ValueStart) is not ("yes" or "no"))
                throw Bail("an XML declaration of an unusual shape", p);
            valueEnd = p;
            SkipSpaces(ref p);
        }

        if (At(p) != '?' || At(p + 1) != '>') throw Bail("an XML declaration of an unusual shape", p);
        nodeType = XmlNodeType.XmlDeclaration;
        nodeOffset = 2;
        this.valueStart = declarationValueStart;
        this.valueEnd = valueEnd;
        valueHasReferences = false;
        valueMayHaveCarriageReturn = false;
        decodedLength = -1;
        value = null;
        depth = 0;
        isEmpty = false;
        pos = p + 2;
    }

    private bool SkipSpaces(ref int p)
    {
        var start = p;
        while (At(p) == ' ') p++;
        return p > start;
    }

    private bool DeclarationPseudoAttribute(ref int p, string name)
    {
        if (!text.AsSpan(p).StartsWith(name)) return false;
        var nameOffset = p;
        p += name.Length;
        if (At(p) != '=') return false;
        var quote = At(p + 1);
        if (quote is not ('"' or '\'')) return false;
        var start = p + 2;
        var close = text.AsSpan(start).IndexOfAny(quote, '<', '&');
        if (close < 0 || text[start + close] != quote) return false;
        ref var attribute = ref NextAttribute();
        attribute.Name = names.Get(text, nameOffset, name.Length, -1, Hash(nameOffset, name.Length));
        attribute.Namespace = "";
        attribute.NameOffset = nameOffset;
        attribute.ValueStart = start;
        attribute.ValueEnd = start + close;
        attribute.HasReferences = false;
        attribute.Quote = quote;
        attribute.Value = null;
        p = start + close + 1;
        return true;
    }

    private bool IsEncodingName(FastXmlAttribute encoding)
    {
        var name = text.AsSpan(encoding.ValueStart, encoding.ValueEnd - encoding.ValueStart);
        if (name.IsEmpty || !char.IsAsciiLetter(name[0])) return false;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')) return false;
        return true;
    }

    private int Hash(int start, int count)
    {
        var hash = 0;
        for (var i = start; i < start + count; i++) hash = (hash * 31) + text[i];
        return Mix(hash);
    }

    private static int Mix(int hash) => (hash ^ (hash >>> 15)) & int.MaxValue;

    /// <summary>Scans a QName (NCName or NCName:NCName) at <paramref name="p"/> and returns it atomized.</summary>
    private FastXmlName ScanName(int start, out int end)
    {
        // The name last met with the same first two characters is most likely this one again ("entry", "title",
        // "link" ... repeat all through a feed). It is this one when its characters are here and what follows
        // cannot continue a name: then the scan below would have stopped at the same place.
        var first = At(start);
        ref var recent = ref recentNames[(first * 31 + At(start + 1)) & (RecentNameSlots - 1)];
        if (recent is { } candidate)
        {
            var qualified = candidate.QualifiedName;
            if (qualified.Length <= length - start && text.AsSpan(start, qualified.Length).SequenceEqual(qualified))
            {
                var after = At(start + qualified.Length);
                if (after != ':' && !FastXmlChars.IsNamePart(after))
                {
                    end = start + qualified.Length;
                    return candidate;
                }
            }
        }

        var name = ScanNewName(start, out end);
        recent = name;
        return name;
    }

    private const int RecentNameSlots = 64;
    private readonly FastXmlName?[] recentNames = new FastXmlName?[RecentNameSlots];

    private FastXmlName ScanNewName(int start, out int end)
    {
        var p = start;
        var colon = -1;
        var c = At(p);
        if (!FastXmlChars.IsNameStart(c)) throw Bail("a name that does not start with a letter or '_'", p);
        var hash = 0;
        while (true)
        {
            hash = (hash * 31) + c;
            c = At(++p);
            if (FastXmlChars.IsNamePart(c)) continue;
            if (c != ':') break;
            if (colon >= 0) throw Bail("a name with two colons", p);
            colon = p;
            hash = (hash * 31) + c;
            c = At(++p);
            if (!FastXmlChars.IsNameStart(c)) throw Bail("a colon not followed by a local name", p);
        }

        end = p;
        return names.Get(text, start, p - start, colon, Mix(hash));
    }

    private ref FastXmlAttribute NextAttribute()
    {
        if (attributeCount == attributes.Length) Array.Resize(ref attributes, attributes.Length * 2);
        return ref attributes[attributeCount++];
    }

    private void ReadStartTag()
    {
        var p = pos + 1;
        var nameOffset = p;
        var name = ScanName(p, out p);
        var parentDefault = frameCount > 0 ? frames[frameCount - 1].DefaultNamespace : "";
        var defaultNamespace = parentDefault;
        var lang = frameCount > 0 ? frames[frameCount - 1].Lang : "";
        var declarationStart = declarationCount;
        attributeCount = 0;
        bool empty;
        while (true)
        {
            var spaceStart = p;
            while (FastXmlChars.IsWhitespace(At(p))) p++;
            var c = At(p);
            if (c == '>')
            {
                p++;
                empty = false;
                break;
            }

            if (c == '/')
            {
                if (At(p + 1) != '>') throw Bail("'/' not followed by '>' in a start tag", p);
                p += 2;
                empty = true;
                break;
            }

            if (p == spaceStart) throw Bail("an attribute not preceded by whitespace", p);
            p = ReadAttribute(p, ref defaultNamespace, ref lang);
        }

        if (ReferenceEquals(name.Prefix, names.Xml) || ReferenceEquals(name.Prefix, names.Xmlns) || ReferenceEquals(name.QualifiedName, names.Xmlns))
            throw Bail("an element named with a reserved prefix", nameOffset);
        var elementNamespace = name.Prefix.Length == 0 ? defaultNamespace : LookupPrefix(name.Prefix) ?? throw Bail("an undeclared prefix", nameOffset);
        ResolveAttributes();

        if (frameCount == frames.Length) Array.Resize(ref frames, frames.Length * 2);
        // Frames are reused slots and siblings mostly share namespace and language: storing a reference only
        // when it changes spares the GC write barrier that every reference store into the heap costs.
        ref var frame = ref frames[frameCount++];
        if (!ReferenceEquals(frame.Name, name)) frame.Name = name;
        if (!ReferenceEquals(frame.Namespace, elementNamespace)) frame.Namespace = elementNamespace;
        if (!ReferenceEquals(frame.DefaultNamespace, defaultNamespace)) frame.DefaultNamespace = defaultNamespace;
        if (!ReferenceEquals(frame.Lang, lang)) frame.Lang = lang;
        frame.DeclarationStart = declarationStart;

        nodeType = XmlNodeType.Element;
        nodeOffset = nameOffset;
        depth = frameCount - 1;
        isEmpty = empty;
        popPending = empty;
        phase = Phase.Content;
        pos = p;
    }

    private int ReadAttribute(int p, ref string defaultNamespace, ref string lang)
    {
        var nameOffset = p;
        var name = ScanName(p, out p);
        while (FastXmlChars.IsWhitespace(At(p))) p++;
        if (At(p) != '=') throw Bail("an attribute without '='", p);
        p++;
        while (FastXmlChars.IsWhitespace(At(p))) p++;
        var quote = At(p);
        if (quote is not ('"' or '\'')) throw Bail("an attribute value without quotes", p);
        var start = ++p;
        var references = false;
        while (true)
        {
            var next = text.AsSpan(p).IndexOfAny(quote, '<', '&');
            if (next < 0) throw Bail("the document ends inside an attribute value", length);
            p += next;
            var c = text[p];
            if (c == quote) break;
            if (c == '<') throw Bail("'<' in an attribute value", p);
            var character = FastXmlChars.Reference(text, p, out var end);
            if (character < 0) throw Bail(FastXmlChars.DeclinedReference(character), p);
            references = true;
            p = end;
        }

        ref var attribute = ref NextAttribute();
        if (!ReferenceEquals(attribute.Name, name)) attribute.Name = name;
        attribute.NameOffset = nameOffset;
        attribute.ValueStart = start;
        attribute.ValueEnd = p;
        attribute.HasReferences = references;
        attribute.Quote = quote;
        if (attribute.Value is not null) attribute.Value = null;
        p++;

        if (ReferenceEquals(name.QualifiedName, names.Xmlns))
        {
            var uri = names.Table.Add(AttributeValue(attributeCount - 1));
            if (uri == names.XmlNamespace || uri == names.XmlnsNamespace) throw Bail("a reserved namespace as the default", nameOffset);
            defaultNamespace = uri;
        }
        else if (ReferenceEquals(name.Prefix, names.Xmlns))
        {
            var uri = names.Table.Add(AttributeValue(attributeCount - 1));
            if (uri.Length == 0) throw Bail("a prefix bound to the empty namespace", nameOffset);
            if (name.LocalName.StartsWith("xml", StringComparison.OrdinalIgnoreCase) || uri == names.XmlNamespace || uri == names.XmlnsNamespace)
                throw Bail("a reserved prefix or namespace declared", nameOffset);
            if (declarationCount == declaredPrefixes.Length)
            {
                Array.Resize(ref declaredPrefixes, declaredPrefixes.Length * 2);
                Array.Resize(ref declaredUris, declaredUris.Length * 2);
            }

            declaredPrefixes[declarationCount] = name.LocalName;
            declaredUris[declarationCount++] = uri;
        }
        else if (ReferenceEquals(name.Prefix, names.Xml))
        {
            if (name.LocalName == "lang") lang = AttributeValue(attributeCount - 1);
            else if (name.LocalName != "base") throw Bail("an xml: attribute other than xml:lang and xml:base", nameOffset);
        }

        return p;
    }

    private void ResolveAttributes()
    {
        for (var i = 0; i < attributeCount; i++)
        {
            ref var attribute = ref attributes[i];
            var prefix = attribute.Name.Prefix;
            string ns;
            if (prefix.Length == 0) ns = ReferenceEquals(attribute.Name.QualifiedName, names.Xmlns) ? names.XmlnsNamespace : "";
            else if (ReferenceEquals(prefix, names.Xmlns)) ns = names.XmlnsNamespace;
            else if (ReferenceEquals(prefix, names.Xml)) ns = names.XmlNamespace;
            else ns = LookupPrefix(prefix) ?? throw Bail("an undeclared prefix", attribute.NameOffset);
            if (!ReferenceEquals(attribute.Namespace, ns)) attribute.Namespace = ns;

            for (var j = 0; j < i; j++)
                if (ReferenceEquals(attributes[j].Name.LocalName, attribute.Name.LocalName) && attributes[j].Namespace == attribute.Namespace)
                    throw Bail("a duplicate attribute", attribute.NameOffset);
        }
    }

    private string? LookupPrefix(string prefix)
    {
        for (var i = declarationCount - 1; i >= 0; i--)
            if (ReferenceEquals(declaredPrefixes[i], prefix)) return declaredUris[i];
        return null;
    }

    private void ReadEndTag()
    {
        var nameOffset = pos + 2;
        ref var frame = ref frames[frameCount - 1];
        var qualified = frame.Name.QualifiedName;
        if (!text.AsSpan(nameOffset).StartsWith(qualified)) throw Bail("an end tag that does not match its start tag", nameOffset);
        var p = nameOffset + qualified.Length;
        while (FastXmlChars.IsWhitespace(At(p))) p++;
        if (At(p) != '>') throw Bail("an end tag that does not match its start tag", p);
        nodeType = XmlNodeType.EndElement;
        nodeOffset = nameOffset;
        depth = frameCount - 1;
        isEmpty = false;
        popPending = true;
        pos = p + 1;
    }

    private void PopFrame()
    {
        popPending = false;
        declarationCount = frames[--frameCount].DeclarationStart;
        if (frameCount == 0) phase = Phase.Epilog;
    }

    private void SetValueNode(XmlNodeType type, int start, int end, bool hasReferences, bool mayHaveCarriageReturn, int nodeDepth)
    {
        valueMayHaveCarriageReturn = mayHaveCarriageReturn;
        nodeType = type;
        nodeOffset = start;
        valueStart = start;
        valueEnd = end;
        valueHasReferences = hasReferences;
        value = null;
        decodedLength = -1;
        depth = nodeDepth;
        isEmpty = false;
    }
}
