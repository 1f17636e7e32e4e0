namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>An open element: its name (to match the end tag), namespace, the default namespace and xml:lang in scope
/// inside it, and where its prefix declarations start on the declaration stack.</summary>
internal struct FastXmlFrame
{
    public FastXmlName Name;
    public string Namespace;
    public string DefaultNamespace;
    public string Lang;
    public int DeclarationStart;
}
