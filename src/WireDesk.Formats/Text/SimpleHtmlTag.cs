namespace WireDesk.Formats.Text;

/// <summary>The elements <see cref="SimpleHtmlBody"/> reads: blocks first, then inline elements, the void ones last.</summary>
internal enum SimpleHtmlTag : byte
{
    None,
    P, H2, H3, H4, H5, H6, Blockquote, Ul, Ol, Li, Div,
    B, I, Em, Strong, U, S, Sub, Sup, Small, A, Code, Cite, Q, Abbr, Br, Img,
}
