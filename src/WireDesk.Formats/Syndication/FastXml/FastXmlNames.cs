using System.Xml;

namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>
/// Names seen in one document, found by the characters of the text itself so a name met before costs no
/// allocation. Every string handed out is atomized in <see cref="Table"/>, like the standard reader's names.
/// </summary>
internal sealed class FastXmlNames
{
    private FastXmlName?[] slots = new FastXmlName?[64];
    private int count;

    public FastXmlNames()
    {
        Table = new NameTable();
        Xml = Table.Add("xml");
        Xmlns = Table.Add("xmlns");
        XmlNamespace = Table.Add(FastXmlChars.XmlNamespace);
        XmlnsNamespace = Table.Add(FastXmlChars.XmlnsNamespace);
        Table.Add("");
    }

    public XmlNameTable Table { get; }
    public string Xml { get; }
    public string Xmlns { get; }
    public string XmlNamespace { get; }
    public string XmlnsNamespace { get; }

    /// <summary>The name written at <paramref name="start"/>; <paramref name="colon"/> is its colon's index or -1.</summary>
    public FastXmlName Get(string text, int start, int length, int colon, int hash)
    {
        var mask = slots.Length - 1;
        var name = text.AsSpan(start, length);
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot is null) break;
            if (slot.Hash == hash && name.SequenceEqual(slot.QualifiedName)) return slot;
        }

        var qualified = Table.Add(name.ToString());
        var added = colon < 0
            ? new FastXmlName(qualified, "", qualified, hash)
            : new FastXmlName(qualified, Table.Add(text.Substring(start, colon - start)), Table.Add(text.Substring(colon + 1, start + length - colon - 1)), hash);
        Insert(added);
        return added;
    }

    private void Insert(FastXmlName name)
    {
        if (++count * 2 > slots.Length)
        {
            var old = slots;
            slots = new FastXmlName?[old.Length * 2];
            foreach (var kept in old)
                if (kept is not null) Place(kept);
        }

        Place(name);
    }

    private void Place(FastXmlName name)
    {
        var mask = slots.Length - 1;
        var i = name.Hash & mask;
        while (slots[i] is not null) i = (i + 1) & mask;
        slots[i] = name;
    }
}
