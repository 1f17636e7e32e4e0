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

    private static string Collapse(string text)
    {
        if (text.Length == 0) return text;
        var span = text.AsSpan();
        if (!NeedsCollapsing(span)) return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        span.CopyTo(buffer);
        var collapsed = new string(buffer, 0, CollapseInPlace(buffer.AsSpan(0, text.Length)));
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    /// <summary>False when <see cref="CollapseInPlace"/> would leave <paramref name="text"/> as it is (most text).</summary>
    internal static bool NeedsCollapsing(ReadOnlySpan<char> text) =>
        text.Length > 0 && (text[0] == ' ' || text[^1] == ' ' || text.IndexOfAny(Collapsible) >= 0 || text.Contains("  ", StringComparison.Ordinal));

    /// <summary>
    /// As a browser renders text: runs of HTML whitespace become one space, <see cref="LineBreak"/> (a &lt;br&gt;) a line
    /// break, the ends trimmed. Written over <paramref name="text"/> from its start; returns the length kept.
    /// </summary>
    internal static int CollapseInPlace(Span<char> text)
    {
        var length = 0;
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c == LineBreak)
            {
                pendingBreak = true;
                continue;
            }
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = true;
                continue;
            }
            // Never ahead of the reading position: a separator is written only for a character it skipped.
            if (length > 0 && (pendingBreak || pendingSpace)) text[length++] = pendingBreak ? '\n' : ' ';
            pendingSpace = pendingBreak = false;
            text[length++] = c;
        }

        return length;
    }
}
