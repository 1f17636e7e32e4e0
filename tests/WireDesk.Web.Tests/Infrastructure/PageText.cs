using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WireDesk.Web.Tests.Infrastructure;

/// <summary>Reads pages the way a reader's browser would: parsed HTML, text of elements.</summary>
public static class PageText
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of each paragraph of the article body, as a reader sees it.</summary>
    public static IReadOnlyList<string> BodyParagraphs(IDocument page) =>
        [.. page.QuerySelectorAll(".story-body p").Select(p => p.TextContent)];
}
