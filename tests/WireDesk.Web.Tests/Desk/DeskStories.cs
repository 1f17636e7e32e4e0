using WireDesk.Core.Lifecycle;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

/// <summary>Stories handed straight to the pipeline, for what plain copy cannot say (a guid, a version, an urgency).</summary>
public static class DeskStories
{
    public static Story Copy(string guid, string headline, IReadOnlyList<string> paragraphs, string source = "ani", int version = 1,
        int? urgency = null, DateTimeOffset? created = null)
    {
        var body = BodyBuilder.FromParagraphs(paragraphs);
        return new Story
        {
            Source = source,
            Agency = source.ToUpperInvariant(),
            Guid = guid,
            Version = version,
            VersionCreated = created ?? new DateTimeOffset(2026, 1, 9, 11, 0, 0, TimeSpan.Zero).AddMinutes(version),
            Headline = headline,
            Body = body,
            Urgency = urgency,
            Language = "en",
            ContentHash = StoryIdentity.ContentHash(body),
        };
    }

    public static async Task<(Outcome Outcome, StoredStory Story)> ApplyAsync(TestSite site, Story story)
    {
        var item = await site.Workspace.Pipeline.ApplyAsync(story, null, site.Clock.GetUtcNow(), CancellationToken.None);
        return (item.Outcome, item.Story!);
    }
}
