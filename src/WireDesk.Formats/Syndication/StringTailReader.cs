namespace WireDesk.Formats.Syndication;

/// <summary>Reads a string from an index on (up to <paramref name="end"/>, if given), without copying it: a restart
/// after a break must not copy the feed, nor a look at its first kilobytes copy them.</summary>
internal sealed class StringTailReader(string text, int start, int end = -1) : TextReader
{
    private readonly int stop = end < 0 ? text.Length : Math.Min(end, text.Length);
    private int position = start;

    public override int Peek() => position < stop ? text[position] : -1;

    public override int Read() => position < stop ? text[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var length = Math.Min(buffer.Length, stop - position);
        if (length <= 0) return 0;
        text.AsSpan(position, length).CopyTo(buffer);
        position += length;
        return length;
    }
}
