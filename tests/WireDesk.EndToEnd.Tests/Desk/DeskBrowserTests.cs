using Microsoft.Playwright;
using WireDesk.Core.Accounts;
using WireDesk.Core.Lifecycle;

namespace WireDesk.EndToEnd.Tests.Desk;

public class DeskBrowserTests
{
    private const string Password = "shift-editor-password";

    private const string Copy = """
        Floating solar park on Hirakud reservoir begins feeding the state grid

        Bhubaneswar (Odisha) [India], January 9 (ANI): The first 60 megawatts of a floating solar park on the reservoir were connected to the state grid on Friday, officials said.
        "This is the largest floating plant in the east of the country," the energy secretary told reporters.
        """;

    [Fact]
    public async Task An_editor_signs_in_sees_a_new_story_arrive_live_fixes_its_headline_and_kills_it_everywhere()
    {
        await using var browser = await DeskBrowser.LaunchAsync();
        await using var server = await DeskServer.StartAsync();
        await server.AddUserAsync("meera", DeskRole.Editor, Password);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var desk = await context.NewPageAsync();
        desk.Dialog += (_, dialog) => dialog.AcceptAsync();

        // Signed out, the desk sends the editor to sign in and back.
        await desk.GotoAsync(server.BaseUrl + "/desk");
        Assert.EndsWith("/desk/sign-in?return=%2Fdesk", desk.Url);
        await DeskBrowser.ScreenshotAsync(desk, "desk-1-sign-in");
        await desk.FillAsync("#name", "meera");
        await desk.FillAsync("#password", Password);
        await desk.ClickAsync("button[type=submit]");
        await desk.WaitForURLAsync(server.BaseUrl + "/desk");
        await desk.Locator("#live.on").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        // A story pushed now appears in the queue without a reload.
        await desk.EvaluateAsync("() => { window.sameDocument = true; }");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = await server.IngestAsync(Copy, "ani");
        var story = Assert.Single(report.Items).Story!;
        Assert.Equal(Outcome.Published, Assert.Single(report.Items).Outcome);
        var row = desk.Locator($"#unreviewed #s{story.Id}");
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        TestContext.Current.TestOutputHelper?.WriteLine($"ingest to row on the editor's screen: {clock.ElapsedMilliseconds} ms");
        Assert.True(await desk.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Equal("Floating solar park on Hirakud reservoir begins feeding the state grid", (await row.Locator("td.hl a").TextContentAsync())!.Trim());
        await DeskBrowser.ScreenshotAsync(desk, "desk-2-queue-with-new-story");

        // From the keyboard: select it and open its headline field.
        await desk.Keyboard.PressAsync("j");
        Assert.Contains("selected", await row.GetAttributeAsync("class"));
        await desk.Keyboard.PressAsync("h");
        await desk.WaitForURLAsync($"{server.BaseUrl}/desk/story/{story.Id}#headline");
        Assert.Equal("headline", await desk.EvaluateAsync<string>("() => document.activeElement.id"));
        await desk.FillAsync("#headline", "Odisha's floating solar park starts powering the grid");
        await desk.Keyboard.PressAsync("Enter");
        await desk.Locator("h1", new PageLocatorOptions { HasText = "Odisha's floating solar park" }).WaitForAsync();
        await DeskBrowser.ScreenshotAsync(desk, "desk-3-story-after-headline");

        // The public page shows the new headline.
        var reader = await context.NewPageAsync();
        var response = await reader.GotoAsync(server.BaseUrl + story.Path);
        Assert.Equal(200, response!.Status);
        Assert.Equal("Odisha's floating solar park starts powering the grid", await reader.Locator("h1").TextContentAsync());
        await DeskBrowser.ScreenshotAsync(reader, "desk-4-public-page-with-new-headline");

        // Kill it from the desk: the public page is gone at once.
        await desk.FillAsync("#kill-reason", "agency kill advisory");
        await desk.ClickAsync("form.kill button[type=submit]");
        await desk.Locator(".readers .pill", new PageLocatorOptions { HasText = "410 gone" }).WaitForAsync();
        await DeskBrowser.ScreenshotAsync(desk, "desk-5-story-killed");
        // A reader who has not seen the page yet: the page it saw above may be reused for its max-age of 15 s.
        var freshReader = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        var gone = await freshReader.GotoAsync(server.BaseUrl + story.Path);
        Assert.Equal(410, gone!.Status);
        await DeskBrowser.ScreenshotAsync(freshReader, "desk-6-public-page-410");

        var audit = await server.Workspace.Store.GetAuditAsync(story.Id, CancellationToken.None);
        Assert.Equal(["headline overridden", "killed"], audit.Where(a => a.Actor == "editor:meera").Select(a => a.Action));
        await context.CloseAsync();
    }
}
