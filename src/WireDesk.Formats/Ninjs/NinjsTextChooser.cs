using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Ninjs;

/// <summary>Picks the headline, body and summary a story shows from the roles a ninjs item offers.</summary>
public static class NinjsTextChooser
{
    private static readonly string[] SummaryRoles = ["summary", "abstract", "lead", "teaser", "text", "caption", "main", "description"];
    private static readonly string[] NonSummaryRoles = ["creditline", "writer", "byline", "ednote", "keywords"];
    private static readonly string[] SubHeadlineRoles = ["sub", "subheadline", "subtitle", "secondary"];

    /// <summary>The "main" headline, else the first one that is not a sub-headline.</summary>
    public static string? Headline(IReadOnlyList<NinjsText> headlines) =>
        (headlines.FirstOrDefault(h => h.HasRole("main"))
         ?? headlines.FirstOrDefault(h => !SubHeadlineRoles.Any(h.HasRole)))?.Value.Trim();

    public static string? SubHeadline(IReadOnlyList<NinjsText> headlines) =>
        headlines.FirstOrDefault(h => SubHeadlineRoles.Any(h.HasRole))?.Value.Trim();

    /// <summary>
    /// HTML bodies first (sanitized by the allow-list; they keep links and structure), then plain text split at its
    /// line breaks. NITF or other XML bodies are never shown.
    /// </summary>
    public static StoryBody Body(IReadOnlyList<NinjsText> bodies)
    {
        foreach (var html in Ordered(bodies.Where(b => b.IsHtml)))
        {
            var body = BodyBuilder.FromHtml(html.Value);
            if (!body.IsEmpty) return body;
        }

        foreach (var plain in Ordered(bodies.Where(b => !b.IsHtml && !b.IsOtherMarkup)))
        {
            var paragraphs = Paragraphs(plain.Value);
            if (paragraphs.Count > 0) return BodyBuilder.FromParagraphs(paragraphs);
        }

        return StoryBody.Empty;
    }

    /// <summary>A summary from the descriptions (plain text preferred); credit lines and writers are not summaries.</summary>
    public static string? Summary(IReadOnlyList<NinjsText> descriptions)
    {
        var candidates = descriptions.Where(d => !NonSummaryRoles.Any(d.HasRole) && !d.IsOtherMarkup)
            .OrderBy(d => RoleRank(d.Role))
            .ThenBy(d => d.IsHtml);
        foreach (var description in candidates)
        {
            var text = description.IsHtml
                ? string.Join(" ", BodyBuilder.FromHtml(description.Value).Paragraphs)
                : description.Value;
            if (!string.IsNullOrWhiteSpace(text)) return text.Trim();
        }

        return null;
    }

    public static string? Creditline(IReadOnlyList<NinjsText> descriptions) =>
        descriptions.FirstOrDefault(d => d.HasRole("creditline"))?.Value.Trim();

    /// <summary>Plain text paragraphs: one per line; blank lines and layout indentation dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<NinjsText> Ordered(IEnumerable<NinjsText> texts) =>
        texts.OrderBy(t => t.HasRole("main") ? 0 : 1);

    private static int RoleRank(string? role)
    {
        if (role is null) return SummaryRoles.Length;
        var index = Array.FindIndex(SummaryRoles, r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? SummaryRoles.Length + 1 : index;
    }
}
