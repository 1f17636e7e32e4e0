using System.Text;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>Builds the canonical body: verbatim paragraphs plus HTML that is safe to publish.</summary>
public static class BodyBuilder
{
    /// <summary>Paragraphs kept exactly as given (blank ones dropped); HTML = each one escaped inside &lt;p&gt;, one per line.</summary>
    public static StoryBody FromParagraphs(IEnumerable<string> paragraphs)
    {
        var kept = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var html = new StringBuilder();
        foreach (var paragraph in kept)
        {
            if (html.Length > 0) html.Append('\n');
            html.Append("<p>").Append(HtmlText.Escape(paragraph)).Append("</p>");
        }

        return new StoryBody(kept, html.ToString());
    }

    /// <summary>
    /// Agency HTML sanitized to the news allow-list (see <see cref="NewsHtmlSanitizer"/>); relative links resolve
    /// against <paramref name="baseUri"/>. Paragraphs are the text of each block element (p, h2-h6, li, blockquote,
    /// figcaption, table cell ...), whitespace collapsed as a browser would; loose text between blocks is split at &lt;br&gt;.
    /// </summary>
    public static StoryBody FromHtml(string html, Uri? baseUri = null) =>
        SimpleHtmlBody.TryBuild(html, baseUri) ?? FromHtmlWithSanitizer(html, baseUri);

    /// <summary>The full path: HTML parser, sanitizer, DOM walk. <see cref="SimpleHtmlBody"/> must agree with it.</summary>
    internal static StoryBody FromHtmlWithSanitizer(string html, Uri? baseUri)
    {
        var body = NewsHtmlSanitizer.Sanitize(html, baseUri);
        var paragraphs = HtmlParagraphs.Extract(body);
        return new StoryBody(paragraphs, body.InnerHtml.Trim());
    }
}
