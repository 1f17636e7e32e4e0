namespace WireDesk.Formats.Text;

/// <summary>What <see cref="SimpleHtmlBody"/> needs to know of each <see cref="SimpleHtmlTag"/>.</summary>
internal static class SimpleHtmlTags
{
    /// <summary>The tag for a lower-case name; <see cref="SimpleHtmlTag.None"/> for any other.</summary>
    public static SimpleHtmlTag Parse(ReadOnlySpan<char> lowerName) => lowerName switch
    {
        "p" => SimpleHtmlTag.P, "h2" => SimpleHtmlTag.H2, "h3" => SimpleHtmlTag.H3, "h4" => SimpleHtmlTag.H4,
        "h5" => SimpleHtmlTag.H5, "h6" => SimpleHtmlTag.H6, "blockquote" => SimpleHtmlTag.Blockquote,
        "ul" => SimpleHtmlTag.Ul, "ol" => SimpleHtmlTag.Ol, "li" => SimpleHtmlTag.Li, "div" => SimpleHtmlTag.Div,
        "b" => SimpleHtmlTag.B, "i" => SimpleHtmlTag.I, "em" => SimpleHtmlTag.Em, "strong" => SimpleHtmlTag.Strong,
        "u" => SimpleHtmlTag.U, "s" => SimpleHtmlTag.S, "sub" => SimpleHtmlTag.Sub, "sup" => SimpleHtmlTag.Sup,
        "small" => SimpleHtmlTag.Small, "a" => SimpleHtmlTag.A, "code" => SimpleHtmlTag.Code, "cite" => SimpleHtmlTag.Cite,
        "q" => SimpleHtmlTag.Q, "abbr" => SimpleHtmlTag.Abbr, "br" => SimpleHtmlTag.Br, "img" => SimpleHtmlTag.Img,
        _ => SimpleHtmlTag.None,
    };

    public static string Name(SimpleHtmlTag tag) => tag switch
    {
        SimpleHtmlTag.P => "p", SimpleHtmlTag.H2 => "h2", SimpleHtmlTag.H3 => "h3", SimpleHtmlTag.H4 => "h4",
        SimpleHtmlTag.H5 => "h5", SimpleHtmlTag.H6 => "h6", SimpleHtmlTag.Blockquote => "blockquote",
        SimpleHtmlTag.Ul => "ul", SimpleHtmlTag.Ol => "ol", SimpleHtmlTag.Li => "li", SimpleHtmlTag.Div => "div",
        SimpleHtmlTag.B => "b", SimpleHtmlTag.I => "i", SimpleHtmlTag.Em => "em", SimpleHtmlTag.Strong => "strong",
        SimpleHtmlTag.U => "u", SimpleHtmlTag.S => "s", SimpleHtmlTag.Sub => "sub", SimpleHtmlTag.Sup => "sup",
        SimpleHtmlTag.Small => "small", SimpleHtmlTag.A => "a", SimpleHtmlTag.Code => "code", SimpleHtmlTag.Cite => "cite",
        SimpleHtmlTag.Q => "q", SimpleHtmlTag.Abbr => "abbr", SimpleHtmlTag.Br => "br", SimpleHtmlTag.Img => "img",
        _ => throw new ArgumentOutOfRangeException(nameof(tag)),
    };

    /// <summary>A block: a paragraph of its own (p, h2-h6, blockquote, ul, ol, li, div).</summary>
    public static bool IsBlock(SimpleHtmlTag tag) => tag is >= SimpleHtmlTag.P and <= SimpleHtmlTag.Div;

    public static bool IsInline(SimpleHtmlTag tag) => tag >= SimpleHtmlTag.B;

    public static bool IsVoid(SimpleHtmlTag tag) => tag is SimpleHtmlTag.Br or SimpleHtmlTag.Img;

    /// <summary>May hold inline content only: p, h2-h6 and the inline elements.</summary>
    public static bool HoldsInlineOnly(SimpleHtmlTag tag) => tag is >= SimpleHtmlTag.P and <= SimpleHtmlTag.H6 || IsInline(tag);

    /// <summary>Counts towards <see cref="HtmlNesting.Max"/> as <see cref="HtmlNesting.TooDeep"/> counts it.</summary>
    public static bool Nests(SimpleHtmlTag tag) => tag is not (SimpleHtmlTag.P or SimpleHtmlTag.Li or SimpleHtmlTag.Br or SimpleHtmlTag.Img);
}
