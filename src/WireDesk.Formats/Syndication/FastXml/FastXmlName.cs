namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>A qualified name as written, split and atomized once per document by <see cref="FastXmlNames"/>.</summary>
internal sealed class FastXmlName(string qualifiedName, string prefix, string localName, int hash)
{
    public string QualifiedName { get; } = qualifiedName;
    public string Prefix { get; } = prefix;
    public string LocalName { get; } = localName;
    public int Hash { get; } = hash;
}
