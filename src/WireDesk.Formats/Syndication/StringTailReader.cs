namespace WireDesk.Formats.Syndication;

/// <summary>Reads a string from an index on, without copying it (a restart after a break must not copy the feed).</summary>
internal sealed class StringTailReader(string text, int start) : TextReader
{
    private int position = start;

    public override int Peek() => position < text.Length ? text[position] : -1;

    public override int Read() => position < text.Length ? text[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var length = Math.Min(buffer.Length, text.Length - position);
        if (length <= 0) return 0;
        text.AsSpan(position, length).CopyTo(buffer);
        position += length;
        return length;
    }
}
