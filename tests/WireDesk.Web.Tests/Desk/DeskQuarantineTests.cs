using System.Net;
using WireDesk.Core.Accounts;
using WireDesk.Core.Ports;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

public class DeskQuarantineTests
{
    [Fact]
    public async Task A_delivery_nothing_could_be_read_from_is_listed_with_its_error_and_an_editor_can_replay_it()
    {
        await using var site = await TestSite.StartAsync();
        var report = await site.IngestAsync([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x20], name: "garbled.bin");
        Assert.True(report.Failed);
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        using var viewer = await DeskSession.SignInAsync(site, "vera", DeskRole.Viewer);

        var row = (await editor.PageAsync("/desk")).QuerySelector($"#quarantine #d{report.DeliveryId}")!;
        Assert.Contains("garbled.bin", row.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector(".reason")!.TextContent.Trim('–')));
        Assert.Null((await viewer.PageAsync("/desk")).QuerySelector($"#d{report.DeliveryId} form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/desk/deliveries/{report.DeliveryId}/replay", "/desk")).StatusCode);

        var replayed = await editor.PostAsync($"/desk/deliveries/{report.DeliveryId}/replay", "/desk", ("back", "/desk#quarantine"));

        Assert.Equal(HttpStatusCode.SeeOther, replayed.StatusCode);
        Assert.Equal("/desk#quarantine", replayed.Headers.Location!.OriginalString);
        var change = (await site.Workspace.DeskLog.ListDeskChangesAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("delivery replayed", $"delivery {report.DeliveryId}", "editor:eddie"), (change.Action, change.Subject, change.Actor));
        Assert.Contains("before: failed", change.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostAsync("/desk/deliveries/987654/replay", "/desk")).StatusCode);
    }

    [Fact]
    public async Task The_sources_page_shows_the_transports_health_beside_the_receipts()
    {
        var sources = new SourcesDocument { Sources = [new SourceDefinition { Name = "ani", Agency = "ANI", Transport = "push" }] };
        await using var site = await TestSite.StartAsync(sources);
        await site.IngestAsync(ArticlePageTests.AniCopy);
        using var admin = await DeskSession.SignInAsync(site, "ada", DeskRole.Admin);

        var query = (ISourceHealthQuery)site.App.Services.GetService(typeof(ISourceHealthQuery))!;
        var health = Assert.Single(await query.ListAsync(CancellationToken.None));
        var page = await admin.PageAsync("/desk/sources");
        var headers = page.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var cells = page.QuerySelectorAll("#src-ani td").Select(td => td.TextContent).ToList();

        Assert.Equal(headers.Count, cells.Count);
        Assert.Equal("1 / 1", cells[headers.IndexOf("24h / all")]);
        var lag = cells[headers.IndexOf("Lag")];
        Assert.Equal(health.ReceiptLagMs is null, lag.StartsWith('–'));
        Assert.Equal(health.LastSuccessAt is null, cells[headers.IndexOf("Fetch")].StartsWith('–'));
    }
}
