using WireDesk.Core.Policy;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Lifecycle;

public class VerbatimGuaranteeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 9, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_headline_override_keeps_the_agency_body_and_the_auto_published_disclaimer()
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var item = Assert.Single((await site.IngestAsync(WireCopy.Write(WireCopy.NewsMlG2, new CopySpec()), "wire")).Items);
        var result = await site.Workspace.Editor.OverrideHeadlineAsync(item.Story!.Id, "meera", "Ferries sail again", CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);

        var page = PageText.Parse(await site.Http.GetStringAsync(item.Story.Path));
        Assert.Equal("Ferries sail again", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(item.Story.Current.Body.Paragraphs, PageText.BodyParagraphs(page));
        Assert.Contains(SourcePolicy.ReferenceDisclaimer, page.QuerySelector(".disclaimer")!.TextContent);
        var audit = await site.Workspace.Store.GetAuditAsync(item.Story.Id, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "headline overridden" && a.Actor == "editor:meera" && a.Detail!.Contains("Coastal ferry service resumes"));
    }

    [Fact]
    public async Task Any_other_change_marks_the_story_edited_until_the_agency_sends_new_copy()
    {
        await using var site = await TestSite.StartAsync(now: Now);
        var spec = new CopySpec();
        var item = Assert.Single((await site.IngestAsync(WireCopy.Write(WireCopy.NewsMlG2, spec), "wire")).Items);
        var edit = await site.Workspace.Editor.EditBodyAsync(item.Story!.Id, "meera", ["A shorter body written by the desk."], CancellationToken.None);
        Assert.True(edit.Succeeded, edit.Error);

        var page = PageText.Parse(await site.Http.GetStringAsync(item.Story.Path));
        Assert.Equal(["A shorter body written by the desk."], PageText.BodyParagraphs(page));
        Assert.Contains(SourcePolicy.EditedDisclaimer, page.QuerySelector(".disclaimer")!.TextContent);
        Assert.DoesNotContain("without any modifications", page.QuerySelector(".disclaimer")!.TextContent);
        var versions = await site.Workspace.Store.GetVersionsAsync(item.Story.Id, CancellationToken.None);
        Assert.Equal(spec.Paragraphs, versions[0].Story.Body.Paragraphs);

        site.Clock.Advance(TimeSpan.FromMinutes(10));
        var update = spec.Next("New agency paragraph.", TimeSpan.FromMinutes(10));
        await site.IngestAsync(WireCopy.Write(WireCopy.NewsMlG2, update), "wire");
        page = PageText.Parse(await site.Http.GetStringAsync(item.Story.Path));
        Assert.Equal(update.Paragraphs, PageText.BodyParagraphs(page));
        Assert.Contains(SourcePolicy.ReferenceDisclaimer, page.QuerySelector(".disclaimer")!.TextContent);
    }
}
