using System.Net;
using System.Text;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>
/// A fast path for <see cref="BodyBuilder.FromHtml"/>: most agency bodies are strictly nested paragraphs, lists and
/// quotes with a few inline tags, links and images. For exactly that shape the HTML parser builds the tree the
/// markup spells, so this reads it without a DOM, applies the same allow-list, URL rules and serialization as
/// <see cref="NewsHtmlSanitizer"/>, and extracts paragraphs like <see cref="HtmlParagraphs"/> — the same result, an
/// order of magnitude sooner. Anything outside that shape (another tag, a comment, a misnested or unclosed tag, an
/// ambiguous reference, a relative URL without a base) returns null and takes the full sanitizer.
/// Tests compare the two paths on every input that takes this one.
/// </summary>
internal static class SimpleHtmlBody
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "div",
    };

    private static readonly HashSet<string> Inlines = new(StringComparer.Ordinal)
    {
        "b", "i", "em", "strong", "u", "s", "sub", "sup", "small", "a", "code", "cite", "q", "abbr", "br", "img",
    };

    // The attributes NewsHtmlSanitizer allows (on any allowed tag); all others are dropped, as it drops them.
    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "abbr", "cite", "start", "reversed",
    };

    public static StoryBody? TryBuild(string html, Uri? baseUri)
    {
        var input = html.Contains('\r') ? html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : html;
        var scratch = Scratch.Take();
        var root = new Node(null, null);
        if (!new Reader(input, baseUri, scratch.Text).Read(root)) return null;

        foreach (var child in root.Children) Serialize(child, scratch.Markup);
        var paragraphs = new List<string>();
        Walk(root, paragraphs, scratch.Leaf);
        return new StoryBody(paragraphs, scratch.Markup.ToString().Trim());
    }

    /// <summary>Builders reused from body to body on a thread: a body is built start to end on one thread and
    /// never inside another, and the builders are the bulk of what building one would allocate.</summary>
    private sealed class Scratch
    {
        private const int KeepCapacity = 1 << 16;

        [ThreadStatic]
        private static Scratch? current;

        public StringBuilder Markup { get; private set; } = new();

        public StringBuilder Text { get; private set; } = new();

        public StringBuilder Leaf { get; private set; } = new();

        public static Scratch Take()
        {
            var scratch = current ??= new Scratch();
            scratch.Markup = Reset(scratch.Markup);
            scratch.Text = Reset(scratch.Text);
            scratch.Leaf = Reset(scratch.Leaf);
            return scratch;
        }

        // One huge body must not keep its memory for the thread's lifetime.
        private static StringBuilder Reset(StringBuilder builder) => builder.Capacity > KeepCapacity ? new StringBuilder() : builder.Clear();
    }

    // Lists only where something is added: most nodes are text or have no attributes.
    private sealed class Node(string? name, string? text)
    {
        private static readonly List<Node> NoChildren = [];
        private static readonly List<(string Name, string Value)> NoAttributes = [];
        private List<Node>? children;
        private List<(string Name, string Value)>? attributes;

        public string? Name { get; } = name;

        public string? Text { get; } = text;

        public List<Node> Children => children ?? NoChildren;

        public List<(string Name, string Value)> Attributes => attributes ?? NoAttributes;

        public bool HasBlockChild { get; private set; }

        public void Add(Node child)
        {
            (children ??= []).Add(child);
            if (child.Name is { } name && Blocks.Contains(name)) HasBlockChild = true;
        }

        public void AddAttribute(string name, string value) => (attributes ??= []).Add((name, value));
    }

    private sealed class Reader(string html, Uri? baseUri, StringBuilder text)
    {
        private int at;

        public bool Read(Node root)
        {
            var open = new Stack<Node>();
            open.Push(root);
            while (at < html.Length)
            {
                var c = html[at];
                if (c == '<' && at + 1 < html.Length && (char.IsAsciiLetter(html[at + 1]) || html[at + 1] is '/' or '!' or '?'))
                {
                    if (!FlushText(open.Peek())) return false;
                    if (html[at + 1] == '/') { if (!EndTag(open)) return false; }
                    else if (!StartTag(open)) return false;
                }
                else if (c == '&')
                {
                    if (!Reference(text, attribute: false)) return false;
                }
                else if (c == '<')
                {
                    // "1 < 2": a '<' that starts no tag is text.
                    text.Append(c);
                    at++;
                }
                else
                {
                    var run = html.AsSpan(at);
                    var stop = TextStop(run);
                    if (stop == 0) return false;
                    if (stop < 0) stop = run.Length;
                    text.Append(run[..stop]);
                    at += stop;
                }
            }

            return FlushText(open.Peek()) && open.Count == 1;
        }

        private bool FlushText(Node parent)
        {
            if (text.Length == 0) return true;
            var value = text.ToString();
            text.Clear();
            // Lists hold items only; text in them is moved by nothing but the full parser's rules.
            if (parent.Name is "ul" or "ol" && !string.IsNullOrWhiteSpace(value)) return false;
            // Leading whitespace of the document is dropped by the HTML parser (before <body>).
            if (parent.Name is null && parent.Children.Count == 0) value = value.TrimStart(' ', '\t', '\n', '\f');
            if (value.Length > 0) parent.Add(new Node(null, value));
            return true;
        }

        private bool StartTag(Stack<Node> open)
        {
            if (!char.IsAsciiLetter(html[at + 1])) return false;
            at++;
            var name = ReadName();
            if (name is null || !Fits(name, open)) return false;

            var element = new Node(name, null);
            while (true)
            {
                var hadSpace = SkipSpace();
                if (at >= html.Length) return false;
                if (html[at] == '>')
                {
                    at++;
                    break;
                }

                if (html[at] == '/' && at + 1 < html.Length && html[at + 1] == '>')
                {
                    // "<br/>" closes; "<p/>" would not (the slash is ignored), so only void elements may use it.
                    if (name is not ("br" or "img")) return false;
                    at += 2;
                    break;
                }

                if (!hadSpace || !Attribute(element)) return false;
            }

            open.Peek().Add(element);
            if (name is not ("br" or "img")) open.Push(element);
            return true;
        }

        private bool EndTag(Stack<Node> open)
        {
            at += 2;
            var name = ReadName();
            SkipSpace();
            if (name is null || at >= html.Length || html[at] != '>') return false;
            at++;
            if (open.Count == 1 || open.Peek().Name != name) return false;
            open.Pop();
            return true;
        }

        /// <summary>Strict content model: the shapes where the HTML tree builder keeps the tree as written.</summary>
        private static bool Fits(string name, Stack<Node> open)
        {
            var parent = open.Peek().Name;
            if (name == "li") return parent is "ul" or "ol";
            if (parent is "ul" or "ol") return false;
            if (name == "a" && OpenAnchor(open)) return false;
            var parentIsInlineOnly = parent is "p" or "h2" or "h3" or "h4" or "h5" or "h6" || (parent is not null && Inlines.Contains(parent));
            return !parentIsInlineOnly || Inlines.Contains(name);
        }

        private static bool OpenAnchor(Stack<Node> open)
        {
            foreach (var node in open)
                if (node.Name == "a") return true;
            return false;
        }

        private bool Attribute(Node element)
        {
            var start = at;
            while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or ':' or '.')) at++;
            if (at == start) return false;
            var name = html[start..at].ToLowerInvariant();
            SkipSpace();
            var value = "";
            if (at < html.Length && html[at] == '=')
            {
                at++;
                SkipSpace();
                if (at >= html.Length || html[at] is not ('"' or '\'')) return false;
                var quote = html[at++];
                var close = html.IndexOf(quote, at);
                if (close < 0) return false;
                var raw = html.AsSpan(at, close - at);
                if (raw.IndexOf('&') < 0)
                {
                    value = raw.ToString();
                    at = close + 1;
                }
                else
                {
                    var decoded = new StringBuilder(raw.Length);
                    while (at < close)
                    {
                        if (html[at] == '&') { if (!Reference(decoded, attribute: true) || at > close) return false; }
                        else decoded.Append(html[at++]);
                    }

                    value = decoded.ToString();
                    at = close + 1;
                }
            }

            foreach (var existing in element.Attributes)
                if (existing.Name == name) return false;
            return Keep(element, name, value);
        }

        private bool Keep(Node element, string name, string value)
        {
            if (!AllowedAttributes.Contains(name)) return true;
            if (name is not ("href" or "src" or "cite"))
            {
                element.AddAttribute(name, value);
                return true;
            }

            if (value.Length == 0 || value[0] == '#' || HasSpaceOrControl(value)) return false;
            var colon = value.IndexOf(':');
            var firstDelimiter = value.IndexOfAny(['/', '?', '#']);
            if (colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter))
            {
                var scheme = value[..colon].ToLowerInvariant();
                // NewsHtmlSanitizer: http(s) and mailto links, http(s) images; any other scheme loses the attribute.
                var allowed = scheme is "http" or "https" || (scheme == "mailto" && element.Name != "img");
                if (allowed) element.AddAttribute(name, value);
                return true;
            }

            if (baseUri is null || !Uri.TryCreate(baseUri, value, out var resolved)) return false;
            var absolute = resolved.AbsoluteUri;
            if (element.Name == "img" && !absolute.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return true;
            element.AddAttribute(name, absolute);
            return true;
        }

        private static bool HasSpaceOrControl(string value)
        {
            foreach (var c in value)
                if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
            return false;
        }

        /// <summary>A character reference the full parser reads the same way, or a literal '&amp;'; false when unsure.</summary>
        private bool Reference(StringBuilder target, bool attribute)
        {
            var next = at + 1 < html.Length ? html[at + 1] : '\0';
            if (next is '\0' or ' ' or '\n' or '\t' or '<' or '&' || (attribute && next is '"' or '\''))
            {
                target.Append('&');
                at++;
                return true;
            }

            var semicolon = html.IndexOf(';', at + 1, Math.Min(34, html.Length - at - 1));
            if (semicolon < 0) return false;
            var reference = html.AsSpan(at, semicolon - at + 1);
            string decoded;
            if (next == '#')
            {
                var digits = reference[2..^1];
                var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
                if (hex) digits = digits[1..];
                if (digits.Length is 0 or > 6 || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, null, out var value))
                    return false;
                if (value is 0 or (>= 0x80 and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF || (value < 0x20 && value is not 9 and not 10 and not 12))
                    return false;
                decoded = char.ConvertFromUtf32(value);
            }
            else
            {
                foreach (var c in reference[1..^1]) if (!char.IsAsciiLetterOrDigit(c)) return false;
                var candidate = reference.ToString();
                decoded = WebUtility.HtmlDecode(candidate);
                if (decoded == candidate) return false;
            }

            target.Append(decoded);
            at = semicolon + 1;
            return true;
        }

        /// <summary>A tag name this path knows, as its lower-case string; null for any other.</summary>
        private string? ReadName()
        {
            var start = at;
            while (at < html.Length && char.IsAsciiLetterOrDigit(html[at])) at++;
            return KnownName(AsciiNames.Lower(html.AsSpan(start, at - start), stackalloc char[AsciiNames.MaxLength]));
        }

        private static string? KnownName(ReadOnlySpan<char> name) => name switch
        {
            "p" => "p", "h2" => "h2", "h3" => "h3", "h4" => "h4", "h5" => "h5", "h6" => "h6", "blockquote" => "blockquote",
            "ul" => "ul", "ol" => "ol", "li" => "li", "div" => "div",
            "b" => "b", "i" => "i", "em" => "em", "strong" => "strong", "u" => "u", "s" => "s", "sub" => "sub", "sup" => "sup",
            "small" => "small", "a" => "a", "code" => "code", "cite" => "cite", "q" => "q", "abbr" => "abbr", "br" => "br", "img" => "img",
            _ => null,
        };

        /// <summary>Where a run of text ends: markup, a reference, or a control character the full parser treats
        /// specially (C0 but TAB, LF, FF and CR; DEL and C1); -1 when the run is all text.</summary>
        private static int TextStop(ReadOnlySpan<char> run)
        {
            var markup = run.IndexOfAny('<', '&');
            var text = markup < 0 ? run : run[..markup];
            if (text.IndexOfAnyInRange('\0', '\u001F') < 0 && text.IndexOfAnyInRange('\u007F', '\u009F') < 0) return markup;
            for (var i = 0; i < text.Length; i++)
                if (text[i] is (< '\u0020' and not ('\t' or '\n' or '\f' or '\r')) or (>= '\u007F' and <= '\u009F')) return i;
            return markup;
        }

        private bool SkipSpace()
        {
            var start = at;
            while (at < html.Length && html[at] is ' ' or '\n' or '\t' or '\f') at++;
            return at > start;
        }
    }

    // Serialized as AngleSharp's HtmlMarkupFormatter writes the sanitized DOM.
    private static void Serialize(Node node, StringBuilder markup)
    {
        if (node.Name is null)
        {
            Escape(node.Text!, markup, attribute: false);
            return;
        }

        markup.Append('<').Append(node.Name);
        foreach (var (name, value) in node.Attributes)
        {
            markup.Append(' ').Append(name).Append("=\"");
            Escape(value, markup, attribute: true);
            markup.Append('"');
        }

        markup.Append('>');
        if (node.Name is "br" or "img") return;
        foreach (var child in node.Children) Serialize(child, markup);
        markup.Append("</").Append(node.Name).Append('>');
    }

    private static void Escape(string text, StringBuilder markup, bool attribute)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var special = attribute ? rest.IndexOfAny('&', '"', '\u00A0') : rest.IndexOfAny("&<>\u00A0");
            if (special < 0)
            {
                markup.Append(rest);
                return;
            }

            markup.Append(rest[..special]);
            var c = rest[special];
            rest = rest[(special + 1)..];
            switch (c)
            {
                case '&': markup.Append("&amp;"); break;
                case '\u00A0': markup.Append("&nbsp;"); break;
                case '"' when attribute: markup.Append("&quot;"); break;
                case '<' when !attribute: markup.Append("&lt;"); break;
                case '>' when !attribute: markup.Append("&gt;"); break;
                default: markup.Append(c); break;
            }
        }
    }

    // The same walk as HtmlParagraphs over this tree; one builder for the leaf blocks' text, reused.
    private static void Walk(Node container, List<string> paragraphs, StringBuilder leaf)
    {
        var loose = new StringBuilder();
        foreach (var node in container.Children)
        {
            if (node.Name is { } name && Blocks.Contains(name))
            {
                Add(loose, paragraphs);
                if (node.HasBlockChild) Walk(node, paragraphs, leaf);
                else
                {
                    AppendText(node, leaf);
                    Add(leaf, paragraphs);
                }
            }
            else if (node.Name == "br") Add(loose, paragraphs);
            else AppendText(node, loose);
        }

        Add(loose, paragraphs);
    }

    private static void AppendText(Node node, StringBuilder text)
    {
        if (node.Name is null) text.Append(node.Text);
        else if (node.Name == "br") text.Append(HtmlParagraphs.LineBreak);
        else foreach (var child in node.Children) AppendText(child, text);
    }

    private static void Add(StringBuilder text, List<string> paragraphs)
    {
        if (text.Length == 0) return;
        var paragraph = HtmlParagraphs.Collapse(text);
        text.Clear();
        if (!string.IsNullOrWhiteSpace(paragraph)) paragraphs.Add(paragraph);
    }
}
