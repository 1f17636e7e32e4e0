using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Syndication;

/// <summary>Turns a format-neutral entry into the canonical story; the same rules for RSS, RDF, Atom and JSON Feed.</summary>
internal static class StoryComposer
{
    public static Story Compose(EntryDraft entry, FeedComposition feed)
    {
        var headline = NullIfBlank(entry.Title?.ToPlainText());
        var summary = NullIfBlank(entry.Summary?.ToPlainText());
        // The body is the full text; an entry that carries only a summary (most RSS) has its body built from it.
        var body = BuildBody(entry.Content ?? entry.Summary);
        var firstCreated = entry.Published ?? entry.Updated;
        var versionCreated = entry.Updated ?? entry.Published;

        // Most stories of a clean feed have no warning at all; they share the empty list.
        IReadOnlyList<string> warnings = feed.SharedWarnings.Count + entry.Warnings.Count == 0 ? [] : [.. feed.SharedWarnings, .. entry.Warnings];

        var guid = NullIfBlank(entry.Id) ?? NullIfBlank(entry.Link);
        if (guid is null)
        {
            guid = StoryIdentity.DerivedGuid(feed.Agency, headline, firstCreated?.Month, firstCreated?.Day);
            warnings = [.. warnings, "guid: the entry has neither id nor link; derived from agency, headline and date"];
        }

        return new Story
        {
            Source = feed.Context.Source,
            Agency = feed.Agency,
            Guid = guid,
            FirstCreated = firstCreated,
            VersionCreated = versionCreated,
            Headline = headline,
            Byline = entry.Authors.Count == 0 ? null : string.Join(", ", entry.Authors),
            Summary = summary,
            Body = body,
            Language = entry.Language,
            Subjects = entry.Subjects.ToArray(),
            Keywords = entry.Keywords.ToArray(),
            Format = feed.Format,
            Encoding = feed.Encoding,
            Link = entry.Link,
            Creditline = feed.FeedTitle,
            Media = entry.Media.ToArray(),
            ContentHash = StoryIdentity.ContentHash(body),
            Warnings = warnings,
        };
    }

    private static StoryBody BuildBody(FeedContent? content)
    {
        if (content is null || string.IsNullOrWhiteSpace(content.Value)) return StoryBody.Empty;
        return content.IsHtml
            ? BodyBuilder.FromHtml(content.Value, content.Base)
            : BodyBuilder.FromParagraphs(PlainParagraphs.Split(content.Value));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
