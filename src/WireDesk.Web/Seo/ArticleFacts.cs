using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Core.Text;

namespace WireDesk.Web.Seo;

/// <summary>What the article page's head and body say about a story, worked out once.</summary>
public sealed record ArticleFacts(string Origin, string CanonicalUrl, string Attribution, string AgencyUrl, string Description)
{
    /// <summary>The named reporter from the byline; null when the byline only names the agency.</summary>
    public string? Reporter { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }

    public static ArticleFacts For(StoredStory story, SourcePolicy policy, string origin)
    {
        var s = story.Current;
        var attribution = policy.Attribution ?? s.Agency ?? story.Source;
        var image = s.Media.FirstOrDefault(m => m.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
                                                && (m.Href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || m.Href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)));
        return new ArticleFacts(origin, origin + story.Path, attribution, origin + Rendering.SiteUrls.Agency(attribution),
            Teasers.Cut(s.Summary ?? s.Body.Paragraphs.FirstOrDefault(), 160))
        {
            Reporter = ReporterFrom(s.Byline, attribution, s.Agency),
            ImageUrl = image?.Href,
            ImageAlt = image?.Title,
        };
    }

    private static string? ReporterFrom(string? byline, string attribution, string? agency)
    {
        var name = byline?.Trim();
        if (name is null or "") return null;
        if (name.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) name = name[3..].Trim();
        return name.Length == 0
               || name.Equals(attribution, StringComparison.OrdinalIgnoreCase)
               || name.Equals(agency, StringComparison.OrdinalIgnoreCase)
            ? null
            : name;
    }
}
