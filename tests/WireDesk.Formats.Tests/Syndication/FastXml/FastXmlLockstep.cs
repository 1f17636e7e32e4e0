using System.Text;
using System.Xml;
using WireDesk.Formats.Syndication;
using WireDesk.Formats.Syndication.FastXml;

namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>What walking one document with both readers in lockstep found.</summary>
internal sealed record LockstepOutcome(bool Accepted, string? BailReason, int Nodes, bool StandardAccepted);

/// <summary>
/// Walks a document with the fast reader and the standard reader (the feed settings, over a StringReader) side
/// by side and compares everything a caller can observe at every node and attribute. The fast reader may give
/// up with <see cref="FastXmlUnsupportedException"/> at any point; any other exception, any difference, or the
/// fast reader reaching the end of a document the standard reader refuses is a failure.
/// </summary>
internal static class FastXmlLockstep
{
    private static readonly XmlNamespaceScope Scope = XmlNamespaceScope.ExcludeXml;

    /// <summary>
    /// Compares; <paramref name="skipSeed"/> mixes in Skip and MoveToContent calls chosen by that seed. A text that
    /// holds no character the standard reader refuses is compared a second time with the fast reader told so
    /// (charactersChecked), which must come to the very same outcome.
    /// </summary>
    public static LockstepOutcome Compare(string text, int? skipSeed = null)
    {
        var outcome = Compare(text, skipSeed, charactersChecked: false);
        if (FastXmlChars.CheckRange(text, 0, text.Length) != text.Length) return outcome;
        var told = Compare(text, skipSeed, charactersChecked: true);
        Assert.True(outcome == told, $"with charactersChecked the outcome differs: {told} against {outcome}\n{Preview(text)}");
        return outcome;
    }

    public static LockstepOutcome Compare(string text, int? skipSeed, bool charactersChecked)
    {
        FastFeedXmlReader fast;
        try
        {
            fast = FastFeedXmlReader.Create(text, long.MaxValue, charactersChecked);
        }
        catch (FastXmlUnsupportedException ex)
        {
            return new LockstepOutcome(false, ex.Reason, 0, StandardAccepts(text));
        }

        using var standard = XmlReader.Create(new StringReader(text), FeedXmlSettings.Create(1L << 40, fragment: false));
        var random = skipSeed is { } seed ? new Random(seed) : null;
        var nodes = 0;
        var where = new StringBuilder();
        while (true)
        {
            var action = random?.Next(10) switch { 0 => 1, 1 => 2, _ => 0 };
            bool fastMore;
            try
            {
                fastMore = Step(fast, action);
            }
            catch (FastXmlUnsupportedException ex)
            {
                Assert.Equal(ReadState.Error, fast.ReadState);
                return new LockstepOutcome(false, ex.Reason, nodes, StandardAccepts(text));
            }

            bool standardMore;
            try
            {
                standardMore = Step(standard, action);
            }
            catch (XmlException ex)
            {
                // The fast reader went on; it must give up before the end.
                var bail = DrainExpectingBail(fast);
                Assert.True(bail is not null, $"the fast reader accepts a document the standard reader refuses ({ex.Message}) after {nodes} nodes:\n{Preview(text)}");
                return new LockstepOutcome(false, bail, nodes, false);
            }

            nodes++;
            Assert.True(fastMore == standardMore, $"Read() answers differ at node {nodes}: fast {fastMore}, standard {standardMore}\n{Preview(text)}");
            CompareNode(fast, standard, nodes, text);
            if (!fastMore) return new LockstepOutcome(true, null, nodes, true);
        }
    }

    private static bool Step(XmlReader reader, int action)
    {
        switch (action)
        {
            case 1 when reader.ReadState == ReadState.Interactive:
                reader.Skip();
                return !reader.EOF;
            case 2 when reader.ReadState == ReadState.Interactive:
                reader.MoveToContent();
                return !reader.EOF;
            default:
                return reader.Read();
        }
    }

    private static string? DrainExpectingBail(XmlReader fast)
    {
        try
        {
            while (fast.Read()) _ = fast.Value;
            return null;
        }
        catch (FastXmlUnsupportedException ex)
        {
            return ex.Reason;
        }
    }

    public static bool StandardAccepts(string text)
    {
        try
        {
            using var standard = XmlReader.Create(new StringReader(text), FeedXmlSettings.Create(1L << 40, fragment: false));
            while (standard.Read()) { }
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static void CompareNode(XmlReader fast, XmlReader standard, int node, string text)
    {
        string At() => $"node {node} ({standard.NodeType} '{standard.Name}' at {Line(standard)}) in\n{Preview(text)}";
        CompareCurrent(fast, standard, At);
        if (standard.NodeType is XmlNodeType.None) return;

        var count = standard.AttributeCount;
        for (var i = 0; i < count; i++)
        {
            Same(standard.GetAttribute(i), fast.GetAttribute(i), $"GetAttribute({i})", At);
            standard.MoveToAttribute(i);
            fast.MoveToAttribute(i);
            var name = standard.Name;
            var localName = standard.LocalName;
            var ns = standard.NamespaceURI;
            CompareCurrent(fast, standard, () => $"attribute {i} '{name}' of " + At());
            Same(standard.QuoteChar, fast.QuoteChar, "QuoteChar", At);
            Same(standard.ReadAttributeValue(), fast.ReadAttributeValue(), "ReadAttributeValue", At);
            CompareCurrent(fast, standard, () => $"value of attribute '{name}' of " + At());
            Same(standard.ReadAttributeValue(), fast.ReadAttributeValue(), "second ReadAttributeValue", At);
            CompareCurrent(fast, standard, () => $"after the value of attribute '{name}' of " + At());
            Same(standard.MoveToElement(), fast.MoveToElement(), "MoveToElement", At);
            Same(standard.GetAttribute(name), fast.GetAttribute(name), $"GetAttribute('{name}')", At);
            Same(standard.GetAttribute(localName, ns), fast.GetAttribute(localName, ns), $"GetAttribute('{localName}', '{ns}')", At);
            Same(standard.MoveToAttribute(name), fast.MoveToAttribute(name), $"MoveToAttribute('{name}')", At);
            CompareCurrent(fast, standard, () => $"attribute '{name}' by name of " + At());
            Same(standard.MoveToAttribute(localName, ns), fast.MoveToAttribute(localName, ns), $"MoveToAttribute('{localName}', '{ns}')", At);
            CompareCurrent(fast, standard, () => $"attribute '{name}' by local name of " + At());
            standard.MoveToElement();
            fast.MoveToElement();
        }

        Same(standard.GetAttribute("missing"), fast.GetAttribute("missing"), "GetAttribute('missing')", At);
        Same(standard.MoveToAttribute("missing"), fast.MoveToAttribute("missing"), "MoveToAttribute('missing')", At);
        for (bool s = standard.MoveToFirstAttribute(), f = fast.MoveToFirstAttribute(); ; s = standard.MoveToNextAttribute(), f = fast.MoveToNextAttribute())
        {
            Same(s, f, "MoveToFirst/NextAttribute", At);
            if (!s) break;
            CompareCurrent(fast, standard, () => "walking attributes of " + At());
        }

        Same(standard.MoveToElement(), fast.MoveToElement(), "MoveToElement after the walk", At);
        Same(standard.MoveToElement(), fast.MoveToElement(), "second MoveToElement", At);
        Same(standard.ReadAttributeValue(), fast.ReadAttributeValue(), "ReadAttributeValue on the node", At);
        CompareCurrent(fast, standard, At);
    }

    private static void CompareCurrent(XmlReader fast, XmlReader standard, Func<string> where)
    {
        Same(standard.NodeType, fast.NodeType, "NodeType", where);
        Same(standard.Name, fast.Name, "Name", where);
        Same(standard.LocalName, fast.LocalName, "LocalName", where);
        Same(standard.Prefix, fast.Prefix, "Prefix", where);
        Same(standard.NamespaceURI, fast.NamespaceURI, "NamespaceURI", where);
        Same(standard.Value, fast.Value, "Value", where);
        Same(standard.HasValue, fast.HasValue, "HasValue", where);
        Same(standard.Depth, fast.Depth, "Depth", where);
        Same(standard.IsEmptyElement, fast.IsEmptyElement, "IsEmptyElement", where);
        Same(standard.XmlLang, fast.XmlLang, "XmlLang", where);
        Same(standard.XmlSpace, fast.XmlSpace, "XmlSpace", where);
        Same(standard.AttributeCount, fast.AttributeCount, "AttributeCount", where);
        Same(standard.HasAttributes, fast.HasAttributes, "HasAttributes", where);
        Same(standard.EOF, fast.EOF, "EOF", where);
        Same(standard.ReadState, fast.ReadState, "ReadState", where);
        Same(standard.BaseURI, fast.BaseURI, "BaseURI", where);
        Same(standard.IsDefault, fast.IsDefault, "IsDefault", where);
        Same(Line(standard), Line(fast), "line and position", where);
        Same(Scoped(standard), Scoped(fast), "GetNamespacesInScope(ExcludeXml)", where);
        foreach (var prefix in new[] { "", "xml", "xmlns", "a", "dc", "content", "atom", "media", "p", "q" })
            Same(standard.LookupNamespace(prefix), fast.LookupNamespace(prefix), $"LookupNamespace('{prefix}')", where);
    }

    private static string Line(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        return $"{info.LineNumber}:{info.LinePosition}";
    }

    private static string Scoped(XmlReader reader) =>
        string.Join(" ", ((IXmlNamespaceResolver)reader).GetNamespacesInScope(Scope).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static void Same<T>(T expected, T actual, string what, Func<string> where)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            Assert.Fail($"{what} differs: standard {Show(expected)}, fast {Show(actual)} at {where()}");
    }

    private static string Show<T>(T value) => value is string s ? $"\"{Escape(s)}\"" : value?.ToString() ?? "null";

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string Preview(string text) => Escape(text.Length <= 400 ? text : text[..400] + "...");
}
