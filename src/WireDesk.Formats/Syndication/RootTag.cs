using System.Text.RegularExpressions;

namespace WireDesk.Formats.Syndication;

/// <summary>The text of a document's root start tag, read without an XML parser (the rest may not be well-formed).</summary>
internal readonly partial record struct RootTag(string Name, string Attributes)
{
    public static RootTag? Read(string text, int lt)
    {
        var end = lt + 1;
        while (end < text.Length && !(char.IsWhiteSpace(text[end]) || text[end] is '>' or '/')) end++;
        if (end == lt + 1) return null;
        var close = text.IndexOf('>', end);
        return new RootTag(text[(lt + 1)..end], close < 0 ? text[end..] : text[end..close]);
    }

    public (string Prefix, string Local) SplitName()
    {
        var colon = Name.IndexOf(':');
        return colon < 0 ? ("", Name) : (Name[..colon], Name[(colon + 1)..]);
    }

    /// <summary>The namespace the root tag itself declares for a prefix ("" for the default), or null.</summary>
    public string? NamespaceOf(string prefix)
    {
        var attribute = prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix;
        foreach (Match match in Declaration().Matches(Attributes))
            if (match.Groups["name"].Value == attribute) return match.Groups["value"].Value;
        return null;
    }

    [GeneratedRegex("""(?<name>xmlns(?::[\w.-]+)?)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""")]
    private static partial Regex Declaration();
}
