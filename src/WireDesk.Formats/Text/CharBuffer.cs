namespace WireDesk.Formats.Text;

/// <summary>A growable run of characters, reused from one body to the next on a thread.</summary>
internal sealed class CharBuffer
{
    // One huge body must not keep its memory for the thread's lifetime.
    private const int KeepCapacity = 1 << 16;

    private char[] chars = new char[1024];

    public int Length { get; private set; }

    public Span<char> Span => chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == chars.Length) Grow(1);
        chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > chars.Length - Length) Grow(text.Length);
        text.CopyTo(chars.AsSpan(Length));
        Length += text.Length;
    }

    public void Clear() => Length = 0;

    /// <summary>Empties the buffer and lets go of a very large one.</summary>
    public void Reset()
    {
        Length = 0;
        if (chars.Length > KeepCapacity) chars = new char[1024];
    }

    private void Grow(int more)
    {
        var grown = new char[Math.Max(chars.Length * 2, Length + more)];
        chars.AsSpan(0, Length).CopyTo(grown);
        chars = grown;
    }
}
