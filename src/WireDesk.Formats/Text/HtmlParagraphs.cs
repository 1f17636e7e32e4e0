using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace WireDesk.Formats.Text;

/// <summary>The text of each block of sanitized body HTML, in document order.</summary>
internal static class HtmlParagraphs
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
        "tbody", "tfoot", "tr", "th", "td", "blockquote", "figure", "figcaption", "pre", "hr", "div", "section", "article",
    };

    public static IReadOnlyList<string> Extract(IElement root)
    {
        var paragraphs = new List<string>();
        Walk(root, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode container, List<string> paragraphs)
    {
        var loose = new StringBuilder();
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && Blocks.Contains(element.LocalName))
            {
                Flush(loose, paragraphs);
                if (element.Children.Any(c => Blocks.Contains(c.LocalName))) Walk(element, paragraphs);
                else Add(TextOf(element), element.LocalName == "pre", paragraphs);
            }
            else if (node is IElement { LocalName: "br" })
            {
                Flush(loose, paragraphs);
            }
            else
            {
                loose.Append(TextOf(node));
            }
        }

        Flush(loose, paragraphs);
    }

    private static void Flush(StringBuilder loose, List<string> paragraphs)
    {
        Add(loose.ToString(), false, paragraphs);
        loose.Clear();
    }

    private static void Add(string text, bool preformatted, List<string> paragraphs)
    {
        var paragraph = preformatted ? text.Replace(LineBreak, '\n').Trim('\n', '\r') : Collapse(text);
        if (!string.IsNullOrWhiteSpace(paragraph)) paragraphs.Add(paragraph);
    }

    // The HTML parser never leaves NUL in text nodes, so it can mark a <br> until whitespace is collapsed.
    internal const char LineBreak = '\0';

    private static string TextOf(INode node)
    {
        if (node is IElement { LocalName: "br" }) return LineBreak.ToString();
        if (node.NodeType == NodeType.Text) return node.TextContent;
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes) text.Append(TextOf(child));
        return text.ToString();
    }

    private const string Collapsible = "\0\t\n\r\f";

    // As a browser renders it: runs of HTML whitespace become one space, <br> a line break, ends trimmed.
    internal static string Collapse(string text)
    {
        if (text.Length == 0) return text;
        var span = text.AsSpan();
        if (span[0] != ' ' && span[^1] != ' ' && span.IndexOfAny(Collapsible) < 0 && !span.Contains("  ", StringComparison.Ordinal))
            return text;
        var writer = new Collapser(text.Length);
        writer.Append(span);
        return writer.Finish();
    }

    /// <summary><see cref="Collapse(string)"/> of what the builder holds, without making a string of it first.</summary>
    internal static string Collapse(StringBuilder text)
    {
        // Text that needs no collapsing (most of it) is copied once, as it is.
        if (text.Length > 0 && text[0] != ' ' && text[^1] != ' ')
        {
            var clean = true;
            var previousEndsInSpace = false;
            foreach (var chunk in text.GetChunks())
            {
                var span = chunk.Span;
                if (span.IsEmpty) continue;
                if (span.IndexOfAny(Collapsible) >= 0 || span.Contains("  ", StringComparison.Ordinal) || (previousEndsInSpace && span[0] == ' '))
                {
                    clean = false;
                    break;
                }

                previousEndsInSpace = span[^1] == ' ';
            }

            if (clean) return text.ToString();
        }

        var writer = new Collapser(text.Length);
        foreach (var chunk in text.GetChunks()) writer.Append(chunk.Span);
        return writer.Finish();
    }

    private ref struct Collapser(int capacity)
    {
        private readonly char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, capacity));
        private int _length;
        private bool _pendingSpace;
        private bool _pendingBreak;

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c == LineBreak)
                {
                    _pendingBreak = true;
                    continue;
                }
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_length > 0 && (_pendingBreak || _pendingSpace)) _buffer[_length++] = _pendingBreak ? '\n' : ' ';
                _pendingSpace = _pendingBreak = false;
                _buffer[_length++] = c;
            }
        }

        public readonly string Finish()
        {
            var result = new string(_buffer, 0, _length);
            ArrayPool<char>.Shared.Return(_buffer);
            return result;
        }
    }
}
