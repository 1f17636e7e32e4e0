using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>Builds the canonical body: verbatim paragraphs plus HTML that is safe to publish.</summary>
public static class BodyBuilder
{
    /// <summary>Paragraphs kept exactly as given (blank ones dropped); HTML = each one escaped inside &lt;p&gt;, one per line.</summary>
    public static StoryBody FromParagraphs(IEnumerable<string> paragraphs)
    {
        var kept = new List<string>(paragraphs is IReadOnlyCollection<string> collection ? collection.Count : 8);
        var length = 0;
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrWhiteSpace(paragraph)) continue;
            kept.Add(paragraph);
            length += (kept.Count > 1 ? 1 : 0) + "<p></p>".Length + HtmlText.EscapedLength(paragraph);
        }
        if (kept.Count == 0) return new StoryBody(kept, "");

        // One exact-size string rather than a growing builder: this runs for nearly every story of every format.
        var html = string.Create(length, kept, static (destination, list) =>
        {
            var written = 0;
            foreach (var paragraph in list)
            {
                if (written > 0) destination[written++] = '\n';
                "<p>".CopyTo(destination[written..]);
                written += 3;
                written += HtmlText.EscapeInto(paragraph, destination[written..]);
                "</p>".CopyTo(destination[written..]);
                written += 4;
            }
        });
        return new StoryBody(kept, html);
    }

    /// <summary>
    /// Agency HTML sanitized to the news allow-list (see <see cref="NewsHtmlSanitizer"/>); relative links resolve
    /// against <paramref name="baseUri"/>. Paragraphs are the text of each block element (p, h2-h6, li, blockquote,
    /// figcaption, table cell ...), whitespace collapsed as a browser would; loose text between blocks is split at &lt;br&gt;.
    /// </summary>
    /// <remarks>HTML nested deeper than <see cref="HtmlNesting.Max"/> is hostile: only its text is kept, as paragraphs.
    /// The fast path refuses such nesting itself, so the pre-scan runs only for what it refuses.</remarks>
    public static StoryBody FromHtml(string html, Uri? baseUri = null) =>
        SimpleHtmlBody.TryBuild(html, baseUri)
        ?? (HtmlNesting.TooDeep(html) ? FromParagraphs(HtmlNesting.TextOnly(html)) : FromHtmlWithSanitizer(html, baseUri));

    /// <summary>The full path: HTML parser, sanitizer, DOM walk. <see cref="SimpleHtmlBody"/> must agree with it.</summary>
    internal static StoryBody FromHtmlWithSanitizer(string html, Uri? baseUri)
    {
        var body = NewsHtmlSanitizer.Sanitize(html, baseUri);
        var paragraphs = HtmlParagraphs.Extract(body);
        return new StoryBody(paragraphs, body.InnerHtml.Trim());
    }
}
