using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using WireDesk.Composition;
using WireDesk.Formats;

namespace WireDesk.EndToEnd.Tests.Reader;

/// <summary>
/// A reader in a real Chromium (Debian's, never a downloaded one) against a real server: home, click a story, the
/// article; an update shows its Updated time; a kill turns the page into the 410 notice. Screenshots are kept under
/// TestResults/screenshots at the repository root.
/// </summary>
public sealed class ReaderBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private const string Copy = """
        Floating solar park on Hirakud reservoir starts supplying power to the grid

        Bhubaneswar (Odisha) [India], January 9 (ANI): The first 60 megawatts of a floating solar park on the Hirakud reservoir were connected to the state grid on Friday, officials said.
        "This is the largest floating plant in the east of the country," the energy secretary told reporters, adding that the second phase would follow in March.
        The project, built at a cost of Rs 480 crore, is expected to power about 90,000 homes and small businesses when complete.
        """;

    private const string Other = """
        Kolkata chess open: 15-year-old wins maiden grandmaster norm

        Kolkata, Jan 9 (PTI) A 15-year-old from Howrah secured his maiden grandmaster norm at the Eastern India Open on Friday, drawing his final-round game against a seasoned opponent.
        Organisers said the tournament drew 240 players from 18 countries this year.
        """;

    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_an_article_and_sees_the_kill_after_a_reload()
    {
        if (!File.Exists(Chromium)) Requires.Missing($"Chromium is not installed at {Chromium} (apt-get install chromium)");
        var data = Directory.CreateTempSubdirectory("wiredesk-browser-").FullName;
        await using var workspace = await Workspace.OpenAsync(new WorkspaceOptions(data), CancellationToken.None);
        await using var app = WireDeskServer.Build(workspace, "http://127.0.0.1:0");
        await app.StartAsync();
        var baseUrl = app.Urls.First();

        await IngestAsync(workspace, Other, "pti");
        var first = Assert.Single((await IngestAsync(workspace, Copy, "ani")).Items).Story!;
        // A write-thru from the agency: same guid, new text; the page must show it with a later Updated time.
        await Task.Delay(1100);
        var update = await workspace.Pipeline.ApplyAsync(first.Current with
        {
            Version = 2,
            VersionCreated = DateTimeOffset.UtcNow,
            Body = first.Current.Body with
            {
                Paragraphs = [.. first.Current.Body.Paragraphs, "Officials said the remaining 240 megawatts would be connected by the end of the year."],
                Html = first.Current.Body.Html + "<p>Officials said the remaining 240 megawatts would be connected by the end of the year.</p>",
            },
            ContentHash = "browser-test-update",
        }, null, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(Core.Lifecycle.Outcome.Updated, update.Outcome);

        var shots = Path.Combine(Requires.RepoRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, JavaScriptEnabled = false });

        var home = await page.GotoAsync(baseUrl + "/");
        Assert.Equal(200, home!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Floating solar park on Hirakud reservoir starts supplying power to the grid" }).First.ClickAsync();
        await page.WaitForURLAsync(baseUrl + first.Path);
        Assert.Equal("Floating solar park on Hirakud reservoir starts supplying power to the grid", await page.Locator("h1").InnerTextAsync());
        var body = await page.Locator(".story-body").InnerTextAsync();
        Assert.Contains("Bhubaneswar (Odisha) [India], January 9 (ANI): The first 60 megawatts", body);
        Assert.Contains("remaining 240 megawatts", body);
        Assert.StartsWith("Disclaimer: This post has been auto-published from an agency feed", await page.Locator(".disclaimer").InnerTextAsync());
        var byline = await page.Locator(".byline").InnerTextAsync();
        Assert.Matches(@"^By ANI \| Updated: [A-Z][a-z]+ \d{1,2}, \d{4} \d{2}:\d{2} IST$", byline);
        var updated = DateTimeOffset.Parse((await page.Locator(".byline time").GetAttributeAsync("datetime"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(update.Story!.ModifiedAt!.Value.ToUnixTimeSeconds(), updated.ToUnixTimeSeconds());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "article.png"), FullPage = true });

        Assert.True((await workspace.Editor.KillAsync(first.Id, "desk", "legal advice", CancellationToken.None)).Succeeded);
        var reloaded = await page.ReloadAsync();
        Assert.Equal(410, reloaded!.Status);
        Assert.Equal("This story has been removed", await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("Hirakud", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "killed.png"), FullPage = true });

        await page.GotoAsync(baseUrl + "/");
        Assert.DoesNotContain("Hirakud", await page.Locator("main").InnerTextAsync());

        var mobile = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        await mobile.GotoAsync(baseUrl + "/");
        await mobile.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "home-mobile.png"), FullPage = true });

        TestContext.Current.TestOutputHelper?.WriteLine($"screenshots: {shots}");
        Console.WriteLine($"screenshots: {shots}");
        await app.StopAsync();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    private static Task<Ingest.Pipeline.IngestReport> IngestAsync(Workspace workspace, string copy, string source) =>
        workspace.Pipeline.IngestAsync(new SourceDocument(System.Text.Encoding.UTF8.GetBytes(copy), "text/plain; charset=utf-8", $"{source}.txt"),
            source, "test", CancellationToken.None);
}
