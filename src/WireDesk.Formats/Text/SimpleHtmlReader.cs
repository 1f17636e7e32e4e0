using System.Globalization;
using System.Net;
using System.Text;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>
/// <see cref="SimpleHtmlBody"/>'s single pass: while it reads the markup it writes the sanitized markup as
/// AngleSharp's HtmlMarkupFormatter would write the sanitized DOM, and gathers paragraphs as
/// <see cref="HtmlParagraphs"/> walks that DOM. Any false return means "not this shape": the caller drops everything.
/// </summary>
/// <remarks>
/// Paragraphs: HtmlParagraphs makes one paragraph of a block that holds no block, and walks a block that holds one,
/// splitting the text around its blocks and at its own &lt;br&gt;s. Only the innermost open block can still be either
/// (every block below it holds the next one up), so its text gathers in <see cref="text"/> with its own &lt;br&gt;s
/// marked <see cref="OwnBreak"/>: a line break if it ends holding no block, a split if a block opens in it.
/// </remarks>
internal sealed class SimpleHtmlReader
{
    /// <summary>A &lt;br&gt; right inside the innermost block while that block may still be a single paragraph.
    /// Text never holds it: this path refuses C0 controls other than TAB, LF, FF and CR, raw or as references.</summary>
    private const char OwnBreak = '\u0001';

    private readonly CharBuffer markup = new();
    private readonly CharBuffer text = new();
    private readonly CharBuffer value = new();
    private readonly List<string> paragraphs = [];
    private Element[] open = new Element[64];
    private int depth;
    private int nesting;
    private int anchors;
    private bool textHasOwnBreak;
    private bool leadingText;
    private bool lessThanInAttribute;
    private string html = "";
    private Uri? baseUri;
    private int at;

    /// <summary>An open element; <see cref="HoldsBlock"/> once a block has opened in it.</summary>
    private struct Element(SimpleHtmlTag tag)
    {
        public readonly SimpleHtmlTag Tag = tag;
        public bool HoldsBlock;
    }

    public StoryBody? Read(string input, Uri? documentBase)
    {
        html = input;
        baseUri = documentBase;
        at = depth = nesting = anchors = 0;
        textHasOwnBreak = lessThanInAttribute = false;
        leadingText = true;
        try
        {
            if (!ReadAll()) return null;
            // A '<' in an attribute value counts as a tag to HtmlNesting, which the depth above did not see.
            if (lessThanInAttribute && HtmlNesting.TooDeep(html)) return null;
            return new StoryBody(paragraphs.ToArray(), new string(markup.Span.Trim()));
        }
        finally
        {
            html = "";
            baseUri = null;
            markup.Reset();
            text.Reset();
            value.Reset();
            paragraphs.Clear();
        }
    }

    private SimpleHtmlTag Parent => depth == 0 ? SimpleHtmlTag.None : open[depth - 1].Tag;

    private bool ReadAll()
    {
        Span<char> reference = stackalloc char[2];
        while (at < html.Length)
        {
            var c = html[at];
            if (c == '<' && at + 1 < html.Length && (char.IsAsciiLetter(html[at + 1]) || html[at + 1] is '/' or '!' or '?'))
            {
                leadingText = false;
                if (html[at + 1] == '/') { if (!EndTag()) return false; }
                else if (!StartTag()) return false;
            }
            else if (c == '&')
            {
                var length = Reference(reference, attribute: false);
                if (length < 0 || !AppendText(reference[..length])) return false;
            }
            else if (c == '<')
            {
                // "1 < 2": a '<' that starts no tag is text.
                if (!AppendText("<")) return false;
                at++;
            }
            else
            {
                var run = html.AsSpan(at);
                var stop = TextStop(run);
                if (stop == 0) return false;
                if (stop < 0) stop = run.Length;
                if (!AppendText(run[..stop])) return false;
                at += stop;
            }
        }

        if (depth > 0) return false;
        AddParagraph();
        return true;
    }

    private bool AppendText(ReadOnlySpan<char> chars)
    {
        if (leadingText)
        {
            // Leading whitespace of the document is dropped by the HTML parser (before <body>).
            chars = chars.TrimStart(" \t\n\f");
            if (chars.IsEmpty) return true;
            leadingText = false;
        }

        // Lists hold items only; text in them is moved by nothing but the full parser's rules.
        if (Parent is SimpleHtmlTag.Ul or SimpleHtmlTag.Ol && !chars.IsWhiteSpace()) return false;
        EscapeText(chars);
        text.Append(chars);
        return true;
    }

    private bool StartTag()
    {
        if (!char.IsAsciiLetter(html[at + 1])) return false;
        at++;
        var tag = ReadName();
        if (tag == SimpleHtmlTag.None || !Fits(tag)) return false;

        markup.Append('<');
        markup.Append(SimpleHtmlTags.Name(tag));
        var seen = 0;
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
                if (!SimpleHtmlTags.IsVoid(tag)) return false;
                at += 2;
                break;
            }

            if (!hadSpace || !Attribute(tag, ref seen)) return false;
        }

        markup.Append('>');
        if (tag == SimpleHtmlTag.Br) LineBreak();
        if (SimpleHtmlTags.IsVoid(tag)) return true;
        if (SimpleHtmlTags.IsBlock(tag)) BlockOpens();
        if (SimpleHtmlTags.Nests(tag) && ++nesting > HtmlNesting.Max) return false;
        if (tag == SimpleHtmlTag.A) anchors++;
        if (depth == open.Length) Array.Resize(ref open, depth * 2);
        open[depth++] = new Element(tag);
        return true;
    }

    private bool EndTag()
    {
        at += 2;
        var tag = ReadName();
        SkipSpace();
        if (tag == SimpleHtmlTag.None || at >= html.Length || html[at] != '>') return false;
        at++;
        if (depth == 0 || open[depth - 1].Tag != tag) return false;
        depth--;
        if (SimpleHtmlTags.Nests(tag)) nesting--;
        if (tag == SimpleHtmlTag.A) anchors--;
        markup.Append("</");
        markup.Append(SimpleHtmlTags.Name(tag));
        markup.Append('>');
        if (SimpleHtmlTags.IsBlock(tag)) AddParagraph();
        return true;
    }

    /// <summary>Strict content model: the shapes where the HTML tree builder keeps the tree as written.</summary>
    private bool Fits(SimpleHtmlTag tag)
    {
        var parent = Parent;
        if (tag == SimpleHtmlTag.Li) return parent is SimpleHtmlTag.Ul or SimpleHtmlTag.Ol;
        if (parent is SimpleHtmlTag.Ul or SimpleHtmlTag.Ol) return false;
        if (tag == SimpleHtmlTag.A && anchors > 0) return false;
        return !SimpleHtmlTags.HoldsInlineOnly(parent) || SimpleHtmlTags.IsInline(tag);
    }

    /// <summary>A &lt;br&gt;: a paragraph ends right inside a block that holds blocks (or the document), a line
    /// break inside an inline element, either (<see cref="OwnBreak"/>) right inside a block that may not.</summary>
    private void LineBreak()
    {
        if (depth == 0 || open[depth - 1].HoldsBlock) AddParagraph();
        else if (SimpleHtmlTags.IsBlock(open[depth - 1].Tag))
        {
            text.Append(OwnBreak);
            textHasOwnBreak = true;
        }
        else text.Append(HtmlParagraphs.LineBreak);
    }

    /// <summary>A block opens in the parent block: the text before it is paragraphs of the parent's, split at its &lt;br&gt;s.</summary>
    private void BlockOpens()
    {
        if (depth > 0 && !open[depth - 1].HoldsBlock)
        {
            open[depth - 1].HoldsBlock = true;
            if (textHasOwnBreak)
            {
                var gathered = text.Span;
                for (var split = gathered.IndexOf(OwnBreak); split >= 0; split = gathered.IndexOf(OwnBreak))
                {
                    Add(gathered[..split]);
                    gathered = gathered[(split + 1)..];
                }

                Add(gathered);
                text.Clear();
                textHasOwnBreak = false;
                return;
            }
        }

        AddParagraph();
    }

    /// <summary>The text gathered so far as one paragraph; <see cref="OwnBreak"/>s in it are line breaks.</summary>
    private void AddParagraph()
    {
        var gathered = text.Span;
        if (textHasOwnBreak)
            for (var i = 0; i < gathered.Length; i++)
                if (gathered[i] == OwnBreak) gathered[i] = HtmlParagraphs.LineBreak;
        Add(gathered);
        text.Clear();
        textHasOwnBreak = false;
    }

    private void Add(Span<char> gathered)
    {
        if (gathered.IsEmpty) return;
        ReadOnlySpan<char> paragraph = HtmlParagraphs.NeedsCollapsing(gathered) ? gathered[..HtmlParagraphs.CollapseInPlace(gathered)] : gathered;
        if (!paragraph.IsWhiteSpace()) paragraphs.Add(new string(paragraph));
    }

    /// <summary>Reads one attribute; writes it to the markup when the sanitizer keeps it (<paramref name="seen"/>: bits
    /// of the <see cref="SimpleHtmlAttributes"/> read so far on this tag).</summary>
    private bool Attribute(SimpleHtmlTag tag, ref int seen)
    {
        var start = at;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or ':' or '.')) at++;
        if (at == start) return false;
        var attribute = SimpleHtmlAttributes.Parse(AsciiNames.Lower(html.AsSpan(start, at - start), stackalloc char[AsciiNames.MaxLength]));
        SkipSpace();
        ReadOnlySpan<char> attributeValue = "";
        if (at < html.Length && html[at] == '=')
        {
            at++;
            SkipSpace();
            if (at >= html.Length || html[at] is not ('"' or '\'')) return false;
            var quote = html[at++];
            var close = html.IndexOf(quote, at);
            if (close < 0) return false;
            var raw = html.AsSpan(at, close - at);
            if (raw.Contains('<')) lessThanInAttribute = true;
            if (raw.IndexOf('&') < 0)
            {
                attributeValue = raw;
                at = close + 1;
            }
            else
            {
                value.Clear();
                Span<char> reference = stackalloc char[2];
                while (at < close)
                {
                    if (html[at] == '&')
                    {
                        var length = Reference(reference, attribute: true);
                        if (length < 0 || at > close) return false;
                        value.Append(reference[..length]);
                    }
                    else value.Append(html[at++]);
                }

                attributeValue = value.Span;
                at = close + 1;
            }
        }

        // The parser keeps the first of two same-named attributes; which one the sanitizer then sees is not worth guessing.
        if (attribute < 0) return true;
        if ((seen & (1 << attribute)) != 0) return false;
        seen |= 1 << attribute;
        return Keep(tag, attribute, attributeValue);
    }

    private bool Keep(SimpleHtmlTag tag, int attribute, ReadOnlySpan<char> attributeValue)
    {
        if (!SimpleHtmlAttributes.IsUrl(attribute))
        {
            WriteAttribute(attribute, attributeValue);
            return true;
        }

        if (attributeValue.IsEmpty || attributeValue[0] == '#' || HasSpaceOrControl(attributeValue)) return false;
        var colon = attributeValue.IndexOf(':');
        var firstDelimiter = attributeValue.IndexOfAny('/', '?', '#');
        if (colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter))
        {
            var scheme = attributeValue[..colon];
            // NewsHtmlSanitizer: http(s) and mailto links, http(s) images; any other scheme loses the attribute.
            var allowed = SchemeIs(scheme, "http") || SchemeIs(scheme, "https") || (SchemeIs(scheme, "mailto") && tag != SimpleHtmlTag.Img);
            if (allowed) WriteAttribute(attribute, attributeValue);
            return true;
        }

        if (baseUri is null || !Uri.TryCreate(baseUri, attributeValue.ToString(), out var resolved)) return false;
        var absolute = resolved.AbsoluteUri;
        if (tag == SimpleHtmlTag.Img && !absolute.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return true;
        WriteAttribute(attribute, absolute);
        return true;
    }

    /// <summary>The scheme lower-cased as <see cref="string.ToLowerInvariant()"/> would, compared with a lower-case one.</summary>
    private static bool SchemeIs(ReadOnlySpan<char> scheme, string lowerScheme)
    {
        if (scheme.Length != lowerScheme.Length) return false;
        Span<char> lower = stackalloc char[8];
        return scheme.ToLowerInvariant(lower) == scheme.Length && lower[..scheme.Length].SequenceEqual(lowerScheme);
    }

    private static bool HasSpaceOrControl(ReadOnlySpan<char> attributeValue)
    {
        foreach (var c in attributeValue)
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        return false;
    }

    // AngleSharp escapes '<' and '>' in attribute values too (the HTML standard's serialization since 2025).
    private void WriteAttribute(int attribute, ReadOnlySpan<char> attributeValue)
    {
        markup.Append(' ');
        markup.Append(SimpleHtmlAttributes.Name(attribute));
        markup.Append("=\"");
        var rest = attributeValue;
        while (true)
        {
            var special = rest.IndexOfAny("&\"<>\u00A0");
            if (special < 0) break;
            markup.Append(rest[..special]);
            markup.Append(rest[special] switch { '&' => "&amp;", '"' => "&quot;", '<' => "&lt;", '>' => "&gt;", _ => "&nbsp;" });
            rest = rest[(special + 1)..];
        }

        markup.Append(rest);
        markup.Append('"');
    }

    private void EscapeText(ReadOnlySpan<char> chars)
    {
        var rest = chars;
        while (true)
        {
            var special = rest.IndexOfAny("&<>\u00A0");
            if (special < 0) break;
            markup.Append(rest[..special]);
            markup.Append(rest[special] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&nbsp;" });
            rest = rest[(special + 1)..];
        }

        markup.Append(rest);
    }

    /// <summary>
    /// A character reference the full parser reads the same way, or a literal '&amp;', written to
    /// <paramref name="decoded"/>; its length, or -1 when unsure.
    /// </summary>
    private int Reference(Span<char> decoded, bool attribute)
    {
        var next = at + 1 < html.Length ? html[at + 1] : '\0';
        if (next is '\0' or ' ' or '\n' or '\t' or '<' or '&' || (attribute && next is '"' or '\''))
        {
            decoded[0] = '&';
            at++;
            return 1;
        }

        var semicolon = html.IndexOf(';', at + 1, Math.Min(34, html.Length - at - 1));
        if (semicolon < 0) return -1;
        var reference = html.AsSpan(at, semicolon - at + 1);
        int length;
        if (next == '#')
        {
            var digits = reference[2..^1];
            var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
            if (hex) digits = digits[1..];
            if (digits.Length is 0 or > 6 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, null, out var scalar))
                return -1;
            if (scalar is 0 or (>= 0x80 and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF || (scalar < 0x20 && scalar is not 9 and not 10 and not 12))
                return -1;
            length = new Rune(scalar).EncodeToUtf16(decoded);
        }
        else
        {
            var name = reference[1..^1];
            foreach (var c in name) if (!char.IsAsciiLetterOrDigit(c)) return -1;
            var common = CommonEntity(name);
            if (common != '\0')
            {
                decoded[0] = common;
                length = 1;
            }
            else
            {
                var candidate = reference.ToString();
                var text = WebUtility.HtmlDecode(candidate);
                if (text == candidate || text.Length > decoded.Length) return -1;
                text.CopyTo(decoded);
                length = text.Length;
            }
        }

        at = semicolon + 1;
        return length;
    }

    /// <summary>The entities agency copy uses most, as <see cref="WebUtility.HtmlDecode(string)"/> reads them (a test
    /// holds them to it); '\0' for any other.</summary>
    internal static char CommonEntity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "nbsp" => '\u00A0',
        "lsquo" => '\u2018', "rsquo" => '\u2019', "ldquo" => '\u201C', "rdquo" => '\u201D',
        "ndash" => '\u2013', "mdash" => '\u2014', "hellip" => '\u2026',
        _ => '\0',
    };

    /// <summary>A tag name this path knows; <see cref="SimpleHtmlTag.None"/> for any other.</summary>
    private SimpleHtmlTag ReadName()
    {
        var start = at;
        while (at < html.Length && char.IsAsciiLetterOrDigit(html[at])) at++;
        return SimpleHtmlTags.Parse(AsciiNames.Lower(html.AsSpan(start, at - start), stackalloc char[AsciiNames.MaxLength]));
    }

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
