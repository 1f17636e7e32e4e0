namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>One attribute of the current start tag: where its name and value lie; the value is made on demand.</summary>
internal struct FastXmlAttribute
{
    public FastXmlName Name;
    public string Namespace;
    public int NameOffset;
    public int ValueStart;
    public int ValueEnd;
    public bool HasReferences;
    public char Quote;
    public string? Value;
}
