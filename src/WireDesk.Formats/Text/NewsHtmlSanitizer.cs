using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace WireDesk.Formats.Text;

/// <summary>
/// The allow-list for agency body HTML: text structure, tables, quotes, figures, http(s) images and
/// http(s)/mailto links, plain div/section/article blocks. Other block elements (header, main, center ...) become
/// plain divs and inline wrappers (span, font ...) are unwrapped, so their text stays where it was; script-like
/// elements are dropped with their content; h1 becomes h2.
/// </summary>
internal static class NewsHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "blockquote", "q", "cite", "figure", "figcaption", "img", "a", "pre", "code", "hr",
        "b", "i", "em", "strong", "u", "s", "sub", "sup", "small", "abbr", "br",
    ];

    private static readonly string[] Attributes =
        ["href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "abbr", "cite", "start", "reversed"];

    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title",
        "textarea", "select", "button", "form", "frameset", "frame", "applet", "audio", "video", "canvas",
    };

    // Block-level elements outside the allow-list: their text stays, but as a block of its own (a div), or it would
    // run into the text around it ("<header>Top</header><main>Body</main>" is two paragraphs, not "TopBody").
    private static readonly HashSet<string> BlocksKeptApart = new(StringComparer.OrdinalIgnoreCase)
    {
        "header", "footer", "main", "nav", "aside", "address", "center", "hgroup", "details", "summary", "dialog",
        "fieldset", "legend", "menu", "dir", "listing", "xmp", "plaintext", "noframes", "search",
    };

    // HtmlSanitizer is safe to share across threads once configured; building it costs more than a sanitize call.
    private static readonly HtmlSanitizer Shared = Build();

    public static IHtmlElement Sanitize(string html, Uri? baseUri) =>
        Shared.SanitizeDom(html, baseUri?.AbsoluteUri ?? "").Body!;

    private static HtmlSanitizer Build()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in Tags) options.AllowedTags.Add(tag);
        foreach (var attribute in Attributes) options.AllowedAttributes.Add(attribute);
        foreach (var scheme in new[] { "http", "https", "mailto" }) options.AllowedSchemes.Add(scheme);
        foreach (var attribute in new[] { "href", "src", "cite" }) options.UriAttributes.Add(attribute);

        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                foreach (var child in e.Tag.ChildNodes.ToArray()) child.RemoveFromParent();
            }
            else if (BlocksKeptApart.Contains(e.Tag.LocalName) && e.Tag.Parent is not null)
            {
                var block = e.Tag.Owner!.CreateElement("div");
                foreach (var child in e.Tag.ChildNodes.ToArray()) block.AppendChild(child);
                e.Tag.Replace(block);
                e.Cancel = true;
            }
        };
        // The page has its own h1 (the headline): a heading inside the agency body becomes the next level down.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement { LocalName: "h1" } h1) return;
            var h2 = e.Document.CreateElement("h2");
            foreach (var child in h1.ChildNodes.ToArray()) h2.AppendChild(child);
            e.ReplacementNodes.Add(h2);
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            // Images may only load over http(s); a mailto: src means nothing.
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && !url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                e.SanitizedUrl = null;
        };

        return sanitizer;
    }
}
