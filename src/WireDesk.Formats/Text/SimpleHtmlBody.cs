using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>
/// A fast path for <see cref="BodyBuilder.FromHtml"/>: most agency bodies are strictly nested paragraphs, lists and
/// quotes with a few inline tags, links and images. For exactly that shape the HTML parser builds the tree the
/// markup spells, so this reads it in one pass without a DOM, applies the same allow-list, URL rules and
/// serialization as <see cref="NewsHtmlSanitizer"/>, and extracts paragraphs like <see cref="HtmlParagraphs"/> — the
/// same result, an order of magnitude sooner. Anything outside that shape (another tag, a comment, a misnested or
/// unclosed tag, an ambiguous reference, a relative URL without a base, nesting deeper than
/// <see cref="HtmlNesting.Max"/>) returns null and takes the full path.
/// Tests compare the two paths on every input that takes this one.
/// </summary>
internal static class SimpleHtmlBody
{
    [ThreadStatic]
    private static SimpleHtmlReader? reader;

    /// <summary>The body, or null when the markup needs the full path (<see cref="HtmlNesting.TooDeep"/>, then the sanitizer).</summary>
    public static StoryBody? TryBuild(string html, Uri? baseUri)
    {
        var input = html.Contains('\r') ? html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : html;
        // One reader per thread, its buffers reused: a body is built start to end on one thread, never inside another.
        return (reader ??= new SimpleHtmlReader()).Read(input, baseUri);
    }
}
