using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using WireDesk.Core.Stories;
using WireDesk.Formats.Syndication;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>
/// Maps feedparser's result paths onto what WireDesk keeps: the feed head (title, link), the stories (one per entry,
/// in order), the decoder's encoding, and "bozo" as "had to recover". Every path in the manifest is either
/// projected here or listed in <see cref="NotApplicable"/> with the reason, so the count is honest; a path in
/// neither fails the test.
/// </summary>
/// <remarks>
/// feedparser keeps titles and summaries as (sanitized) HTML; the canonical story keeps them as plain text. So a
/// text field passes when it equals the expected value as written or the expected value read as HTML (tags
/// dropped, references decoded, whitespace collapsed) — read by AngleSharp here, independently of the parser's own
/// reducer. Bodies pass when their text matches and every absolute link in the expected HTML is in the body's HTML.
/// </remarks>
internal sealed partial class FeedparserProjection(SyndicationResult? parsed, DecodedDocument decoded)
{
    private static readonly HtmlParser Html = new();

    public static readonly IReadOnlySet<string> NotApplicable = new HashSet<string>(StringComparer.Ordinal)
    {
        // author email and home page: a byline carries names only
        "entries.#.author_detail.email", "entries.#.author_detail.url", "entries.#.authors.#.email",
        "entries.#.authors.#.url", "entries.#.contributors.#.email", "entries.#.publisher_detail.email",
        // entry metadata a wire story has no field for
        "entries.#.comments", "entries.#.copyright", "entries.#.license", "entries.#.madeup_element",
        "entries.#.publisher", "entries.#.publisher_detail.name", "entries.#.rights",
        "entries.#.rights_detail.value", "entries.#.thr_in-reply-to.href", "entries.#.thr_in-reply-to.ref",
        "entries.#.thr_in-reply-to.source", "entries.#.thr_in-reply-to.type", "entries.#.wfw_comment",
        "entries.#.wfw_commentrss",
        // feedparser bookkeeping per element (xml:base, xml:lang, content type); relative links are checked
        // through the values they resolve to
        "entries.#.content.#.base", "entries.#.content.#.language", "entries.#.content.#.src",
        "entries.#.content.#.type", "entries.#.rights_detail.type", "entries.#.summary_detail.base",
        "entries.#.summary_detail.language", "entries.#.summary_detail.type", "entries.#.title_detail.base",
        "entries.#.title_detail.language", "entries.#.title_detail.type", "feed.copyright_detail.base",
        "feed.copyright_detail.language", "feed.copyright_detail.type", "feed.info_detail.base",
        "feed.info_detail.language", "feed.info_detail.type", "feed.rights_detail.type", "feed.subtitle_detail.type",
        "feed.tagline_detail.base", "feed.tagline_detail.language", "feed.tagline_detail.type",
        "feed.title_detail.base", "feed.title_detail.language", "feed.title_detail.type",
        // contributors: the byline holds authors only
        "entries.#.contributors.#", "entries.#.contributors.#.name", "entries.#.contributors.#.url",
        // dates other than published and updated
        "entries.#.created", "entries.#.created_parsed", "entries.#.expired", "entries.#.expired_parsed",
        // feedparser's list of every link element; the story keeps the permalink (Link) and media
        "entries.#.links.#", "entries.#.links.#.href", "entries.#.links.#.hreflang", "entries.#.links.#.length",
        "entries.#.links.#.rel", "entries.#.links.#.title", "entries.#.links.#.type",
        // the metadata of the feed an entry was copied from (Atom source, RSS source): not part of the story
        "entries.#.source.author", "entries.#.source.author_detail.email", "entries.#.source.author_detail.name",
        "entries.#.source.author_detail.url", "entries.#.source.authors.#.email", "entries.#.source.authors.#.name",
        "entries.#.source.authors.#.url", "entries.#.source.contributors.#", "entries.#.source.contributors.#.email",
        "entries.#.source.contributors.#.name", "entries.#.source.contributors.#.url", "entries.#.source.generator",
        "entries.#.source.generator_detail.href", "entries.#.source.generator_detail.name",
        "entries.#.source.generator_detail.version", "entries.#.source.href", "entries.#.source.icon",
        "entries.#.source.id", "entries.#.source.link", "entries.#.source.links.#", "entries.#.source.links.#.href",
        "entries.#.source.links.#.hreflang", "entries.#.source.links.#.length", "entries.#.source.links.#.rel",
        "entries.#.source.links.#.title", "entries.#.source.links.#.type", "entries.#.source.logo",
        "entries.#.source.rights", "entries.#.source.rights_detail.type", "entries.#.source.rights_detail.value",
        "entries.#.source.subtitle", "entries.#.source.subtitle_detail.type",
        "entries.#.source.subtitle_detail.value", "entries.#.source.tags.#.label", "entries.#.source.tags.#.scheme",
        "entries.#.source.tags.#.term", "entries.#.source.title", "entries.#.source.title_detail.type",
        "entries.#.source.title_detail.value", "entries.#.source.updated_parsed",
        // feed metadata other than title and link: not carried on stories
        "feed.author", "feed.author_detail.email", "feed.author_detail.name", "feed.author_detail.url",
        "feed.authors.#.email", "feed.authors.#.name", "feed.authors.#.url", "feed.category", "feed.cloud.domain",
        "feed.cloud.path", "feed.cloud.port", "feed.cloud.protocol", "feed.cloud.registerprocedure",
        "feed.contributors.#", "feed.contributors.#.email", "feed.contributors.#.name", "feed.contributors.#.url",
        "feed.copyright", "feed.copyright_detail.value", "feed.created", "feed.created_parsed", "feed.description",
        "feed.docs", "feed.generator", "feed.generator_detail.href", "feed.generator_detail.name",
        "feed.generator_detail.url", "feed.generator_detail.version", "feed.guid", "feed.icon", "feed.id",
        "feed.image.description", "feed.image.height", "feed.image.link", "feed.image.title", "feed.image.url",
        "feed.image.width", "feed.info", "feed.info_detail.value", "feed.language", "feed.links.#",
        "feed.links.#.href", "feed.links.#.hreflang", "feed.links.#.length", "feed.links.#.rel",
        "feed.links.#.title", "feed.links.#.type", "feed.logo", "feed.newlocation", "feed.published",
        "feed.published_parsed", "feed.publisher", "feed.publisher_detail.email", "feed.publisher_detail.name",
        "feed.rights", "feed.rights_detail.value", "feed.subtitle", "feed.subtitle_detail.value", "feed.tagline",
        "feed.tagline_detail.value", "feed.tags.#.scheme", "feed.tags.#.term", "feed.textinput.description",
        "feed.textinput.link", "feed.textinput.name", "feed.textinput.title", "feed.thr_in-reply-to.href",
        "feed.thr_in-reply-to.ref", "feed.thr_in-reply-to.source", "feed.thr_in-reply-to.type", "feed.ttl",
        "feed.updated", "feed.updated_parsed", "feed.validity_end", "feed.validity_end_parsed",
        "feed.validity_start", "feed.validity_start_parsed",
        // dialect name: the story records the format (rss/rdf/atom/jsonfeed), not feedparser's version string
        "version",
    };

    /// <summary>Pass, fail (with what was found), or null when the path is not applicable.</summary>
    public (bool Passed, string Found)? Evaluate(FeedparserCheck check)
    {
        if (check.Op == "bozo") return Compare(check.Value.GetBoolean(), Bozo, check.Op);
        var pattern = check.Pattern;
        if (NotApplicable.Contains(pattern)) return null;

        var path = check.Path;
        var outcome = pattern switch
        {
            "encoding" => Encoding(check.Value),
            "feed.title" or "feed.title_detail.value" => Text(parsed?.Feed.Title, check.Value),
            "feed.link" => Exact(parsed?.Feed.Link, check.Value),
            _ when pattern.StartsWith("entries.#.", StringComparison.Ordinal) => Entry(path, pattern["entries.#.".Length..], check.Value),
            _ => throw new InvalidOperationException($"the path {pattern} is neither projected nor listed as not applicable"),
        };
        return check.Op == "ne" ? (!outcome.Passed, outcome.Found) : outcome;
    }

    private bool Bozo => parsed is null || parsed.HadToRecover || decoded.Warnings.Count > 0 || parsed.Result.Errors.Count > 0;

    private (bool Passed, string Found) Entry(IReadOnlyList<object> path, string rest, JsonElement expected)
    {
        var index = (int)path[1];
        var stories = parsed?.Result.Stories ?? [];
        if (index >= stories.Count) return (false, $"only {stories.Count} stories");
        var story = stories[index];
        return rest switch
        {
            "title" or "title_detail.value" => Text(story.Headline, expected),
            // feedparser's summary is the content when an entry has no summary of its own.
            "summary" or "description" or "summary_detail.value" => Text(story.Summary ?? NullIfEmpty(story.Body.PlainText), expected),
            "content.#.value" => Body(story.Body, expected),
            "link" => Exact(story.Link, expected),
            "id" or "guid" => Exact(story.Guid, expected),
            "author" or "author_detail.name" => Exact(story.Byline, ExpectedName(expected)),
            "authors.#.name" => Nth(story.Byline?.Split(", ") ?? [], (int)path[3], ExpectedName(expected)),
            "published" or "published_parsed" or "issued" => Date(story.FirstCreated, expected),
            "updated" or "updated_parsed" or "modified" => Date(story.VersionCreated, expected),
            "language" => Exact(story.Language, expected),
            "category" => Exact(TermOf(story.Subjects.FirstOrDefault()), expected),
            "tags.#.term" => Exact(TermOf(story.Subjects.ElementAtOrDefault((int)path[3])), expected),
            "tags.#.scheme" => Exact(story.Subjects.ElementAtOrDefault((int)path[3])?.Scheme, expected),
            "tags.#.label" => Exact(story.Subjects.ElementAtOrDefault((int)path[3])?.Name, expected),
            "enclosures.#" => Enclosure(story, (int)path[3], expected),
            _ when rest.StartsWith("enclosures.#.", StringComparison.Ordinal) =>
                EnclosureField(story.Media.Where(m => m.Rel == "enclosure").ElementAtOrDefault((int)path[3]), rest["enclosures.#.".Length..], expected),
            _ => throw new InvalidOperationException($"the path entries.#.{rest} is neither projected nor listed as not applicable"),
        };
    }

    private (bool Passed, string Found) Encoding(JsonElement expected)
    {
        var ours = decoded.Encoding;
        var wanted = expected.GetString() ?? "";
        return (string.Equals(Canonical(ours), Canonical(wanted), StringComparison.OrdinalIgnoreCase), ours);
    }

    /// <summary>
    /// The encoding a label means on the web (WHATWG Encoding Standard): "us-ascii", "iso-8859-1" and "latin1" are
    /// labels of windows-1252; "gb2312" and "gbk" decode with the gb18030 decoder; "utf-16" is UTF-16LE. Equal meaning,
    /// equal check.
    /// </summary>
    private static string Canonical(string name) => name.Trim().ToLowerInvariant() switch
    {
        "us-ascii" or "ascii" or "iso-8859-1" or "latin1" or "iso8859-1" or "windows-1252" or "cp1252" => "windows-1252",
        "gb2312" or "gbk" or "gb18030" => "gb18030",
        // .NET's names for the little-endian forms, which is what those labels mean without a BOM saying otherwise.
        "utf-16" or "utf-16le" => "utf-16le",
        "utf-32" or "utf-32le" => "utf-32le",
        var other => other,
    };

    private static (bool Passed, string Found) Text(string? ours, JsonElement expected)
    {
        if (expected.ValueKind == JsonValueKind.Null) return (ours is null, Show(ours));
        var wanted = expected.GetString() ?? "";
        var found = Collapse(ours ?? "");
        var wantedText = TextOfHtml(wanted);
        // A value with no text (an image, an SVG drawing) is no headline or summary: null is right for it.
        if (ours is null) return (wantedText.Length == 0, "null");
        return (found == Collapse(wanted) || found == wantedText, Show(ours));
    }

    private static (bool Passed, string Found) Body(StoryBody body, JsonElement expected)
    {
        var wanted = expected.GetString() ?? "";
        var text = Collapse(body.PlainText);
        var textMatches = text == Collapse(wanted) || text == TextOfHtml(wanted);
        var ourLinks = AbsoluteLinks().Matches(body.Html).Select(m => NormalizeUrl(m.Groups["url"].Value)).ToHashSet();
        var missingLinks = AbsoluteLinks().Matches(wanted).Select(m => NormalizeUrl(m.Groups["url"].Value))
            .Where(url => !ourLinks.Contains(url))
            .ToList();
        return (textMatches && missingLinks.Count == 0, $"text {Show(body.PlainText)}, html {Show(body.Html)}");
    }

    private static (bool Passed, string Found) Exact(string? ours, JsonElement expected) =>
        expected.ValueKind == JsonValueKind.Null ? (ours is null, Show(ours)) : Exact(ours, expected.ToString());

    private static (bool Passed, string Found) Exact(string? ours, string? wanted) =>
        (string.Equals(ours, wanted, StringComparison.Ordinal), Show(ours));

    private static (bool Passed, string Found) Nth(IReadOnlyList<string> ours, int index, string? wanted) =>
        (index < ours.Count && ours[index] == wanted, Show(string.Join(" | ", ours)));

    private static (bool Passed, string Found) Compare(bool wanted, bool ours, string what) => (ours == wanted, $"{what} {ours}");

    private static (bool Passed, string Found) Date(DateTimeOffset? ours, JsonElement expected)
    {
        DateTime? wanted = expected.ValueKind switch
        {
            JsonValueKind.Array => new DateTime(expected[0].GetInt32(), expected[1].GetInt32(), expected[2].GetInt32(),
                expected[3].GetInt32(), expected[4].GetInt32(), expected[5].GetInt32(), DateTimeKind.Utc),
            JsonValueKind.String when DateTimeOffset.TryParse(expected.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var parsedValue) => parsedValue.UtcDateTime,
            _ => null,
        };
        return (wanted is not null && ours?.UtcDateTime == wanted, ours?.ToString("O") ?? "null");
    }

    private static (bool Passed, string Found) Enclosure(Story story, int index, JsonElement expected)
    {
        var media = story.Media.Where(m => m.Rel == "enclosure").ElementAtOrDefault(index);
        foreach (var field in expected.EnumerateObject())
            if (!EnclosureField(media, field.Name, field.Value).Passed) return (false, Show(media?.ToString()));
        return (true, Show(media?.ToString()));
    }

    private static (bool Passed, string Found) EnclosureField(MediaLink? media, string field, JsonElement expected) => field switch
    {
        "href" or "url" => Exact(media?.Href, expected),
        "type" => Exact(media?.Type, expected),
        "length" => Exact(media?.Length?.ToString(CultureInfo.InvariantCulture), expected),
        _ => (false, $"unknown enclosure field {field}"),
    };

    /// <summary>An IRI and its %-encoded URI form are the same link; so are &amp;amp; and &amp; in an attribute.</summary>
    private static string NormalizeUrl(string url)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(url);
        return Uri.TryCreate(decoded, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : decoded;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? TermOf(Subject? subject) => subject?.Code ?? subject?.Name;

    /// <summary>feedparser shows an author as "Name (email)"; a byline is the name.</summary>
    private static string? ExpectedName(JsonElement expected)
    {
        var text = expected.GetString();
        if (text is null) return null;
        var match = NameWithEmail().Match(text);
        return match.Success ? match.Groups["name"].Value : text;
    }

    /// <summary>The text a reader sees: line breaks and block boundaries separate words.</summary>
    private static string TextOfHtml(string html)
    {
        var document = Html.ParseDocument("<!DOCTYPE html><body>" + html);
        var text = new System.Text.StringBuilder();
        AppendText(document.Body, text);
        return Collapse(text.ToString());
    }

    private static void AppendText(AngleSharp.Dom.INode? node, System.Text.StringBuilder text)
    {
        if (node is null) return;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == AngleSharp.Dom.NodeType.Text) text.Append(child.TextContent);
            else if (child is AngleSharp.Dom.IElement element)
            {
                var separates = element.LocalName is "br" or "p" or "div" or "li" or "tr" or "td" or "h1" or "h2" or "h3" or "blockquote";
                if (separates) text.Append(' ');
                AppendText(element, text);
                if (separates) text.Append(' ');
            }
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Show(string? text) =>
        text is null ? "null" : text.Length > 160 ? $"'{text[..160]}...'" : $"'{text}'";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<name>.+?) \([^()\s]+@[^()\s]+\)$")]
    private static partial Regex NameWithEmail();

    [GeneratedRegex(@"(?:href|src)=""(?<url>https?://[^""]+)""")]
    private static partial Regex AbsoluteLinks();
}
