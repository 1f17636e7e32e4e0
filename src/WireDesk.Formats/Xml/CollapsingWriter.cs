using System.Buffers;

namespace WireDesk.Formats.Xml;

/// <summary>
/// Appends text with XML white space collapsed as <see cref="WhiteSpace.Collapse"/> does (runs to one space, ends
/// trimmed), into a pooled buffer that grows as needed. Dispose returns the buffer.
/// </summary>
internal struct CollapsingWriter(char[] buffer) : IDisposable
{
    private char[] _buffer = buffer;
    private bool _pendingSpace;

    public int Length { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (WhiteSpace.IsXmlSpace(c))
            {
                _pendingSpace = Length > 0;
                continue;
            }
            if (Length + 2 > _buffer.Length) Grow();
            if (_pendingSpace) _buffer[Length++] = ' ';
            _pendingSpace = false;
            _buffer[Length++] = c;
        }
    }

    public override readonly string ToString() => new(_buffer, 0, Length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow()
    {
        var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
