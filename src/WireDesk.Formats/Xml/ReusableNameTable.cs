using System.Xml;

namespace WireDesk.Formats.Xml;

/// <summary>
/// One name table per thread, handed to every XML reader that thread opens, so the element and attribute names of a
/// format (newsItem, itemMeta, qcode ...) are atomized once rather than allocated again for every document. A table
/// that an odd document has filled with many or long names is dropped after that document, so what a thread keeps
/// stays small.
/// </summary>
internal sealed class ReusableNameTable : XmlNameTable
{
    private const int MaxNames = 2048;
    private const int MaxCharacters = 64 * 1024;

    [ThreadStatic] private static ReusableNameTable? _current;

    private readonly NameTable _names = new();
    private int _count;
    private int _characters;

    /// <summary>The thread's table, or a fresh one when the last document left it too large.</summary>
    public static ReusableNameTable ForThisThread()
    {
        var table = _current;
        if (table is null || table._count > MaxNames || table._characters > MaxCharacters) _current = table = new ReusableNameTable();
        return table;
    }

    public override string Add(char[] array, int offset, int length) =>
        _names.Get(array, offset, length) ?? Added(_names.Add(array, offset, length));

    public override string Add(string array) => _names.Get(array) ?? Added(_names.Add(array));

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private string Added(string name)
    {
        _count++;
        _characters += name.Length;
        return name;
    }
}
