using System.Net;
using WireDesk.Core.Accounts;
using WireDesk.Core.Publishing;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

public class DeskSecurityTests
{
    private static async Task<StoredStory> PublishAsync(TestSite site, string text = ArticlePageTests.AniCopy) =>
        Assert.Single((await site.IngestAsync(text)).Items).Story!;

    [Fact]
    public async Task Signed_out_desk_pages_redirect_to_sign_in_and_desk_apis_answer_401()
    {
        await using var site = await TestSite.StartAsync();
        var story = await PublishAsync(site);
        using var anonymous = DeskSession.Anonymous(site);

        foreach (var page in new[] { "/desk", $"/desk/story/{story.Id}", "/desk/audit", "/desk/sources" })
        {
            var response = await anonymous.Http.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/desk/sign-in?return={Uri.EscapeDataString(page)}", response.Headers.Location!.PathAndQuery);
        }
        foreach (var api in new[] { "/desk/api/events", $"/desk/api/rows/{story.Id}" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync(api)).StatusCode);

        var kill = await anonymous.Http.PostAsync($"/desk/story/{story.Id}/kill", new FormUrlEncodedContent([new("reason", "x")]));
        Assert.Equal(HttpStatusCode.Redirect, kill.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(story.Path)).StatusCode);
    }

    [Fact]
    public async Task A_viewer_sees_the_queue_without_action_buttons_and_every_action_is_403()
    {
        await using var site = await TestSite.StartAsync();
        var story = await PublishAsync(site);
        using var viewer = await DeskSession.SignInAsync(site, "vera", DeskRole.Viewer);

        var queue = await viewer.PageAsync("/desk");
        Assert.NotNull(queue.QuerySelector($"#s{story.Id}"));
        Assert.Empty(queue.QuerySelectorAll($"#s{story.Id} form"));

        foreach (var action in new[] { "review", "release", "restore", "withhold", "kill", "headline" })
        {
            var response = await viewer.PostAsync($"/desk/story/{story.Id}/{action}", $"/desk/story/{story.Id}", ("reason", "viewer tries"), ("headline", "Viewer headline"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Http.GetAsync("/desk/sources")).StatusCode);
        var after = await site.Workspace.Store.GetAsync(story.Id, CancellationToken.None);
        Assert.Equal((StoryState.Published, false, null), (after!.State, after.Reviewed, after.HeadlineOverride));
        Assert.DoesNotContain(await site.Workspace.Store.GetAuditAsync(story.Id, CancellationToken.None), a => a.Actor.StartsWith("editor:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_acts_on_stories_but_the_sources_page_is_for_admins()
    {
        await using var site = await TestSite.StartAsync();
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        using var admin = await DeskSession.SignInAsync(site, "ada", DeskRole.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/desk/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/desk/sources")).StatusCode);
        Assert.Null((await editor.PageAsync("/desk")).QuerySelector("a[href='/desk/sources']"));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_400_and_changes_nothing()
    {
        await using var site = await TestSite.StartAsync();
        var story = await PublishAsync(site);
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        using var other = await DeskSession.SignInAsync(site, "olga", DeskRole.Editor);

        var bare = await editor.Http.PostAsync($"/desk/story/{story.Id}/kill", new FormUrlEncodedContent([new("reason", "forged")]));
        var foreignToken = await other.TokenAsync("/desk");
        var crossed = await editor.Http.PostAsync($"/desk/story/{story.Id}/kill",
            new FormUrlEncodedContent([new("reason", "forged"), new("__wd_token", foreignToken)]));
        var signInWithoutToken = await DeskSession.Anonymous(site).Http.PostAsync("/desk/sign-in",
            new FormUrlEncodedContent([new("name", "eddie"), new("password", DeskSession.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signInWithoutToken.StatusCode);
        Assert.Equal(StoryState.Published, (await site.Workspace.Store.GetAsync(story.Id, CancellationToken.None))!.State);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(story.Path)).StatusCode);

        var real = await editor.PostAsync($"/desk/story/{story.Id}/kill", "/desk", ("reason", "agency kill"));
        Assert.Equal(HttpStatusCode.SeeOther, real.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await site.Http.GetAsync(story.Path)).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_fifteen_minutes_pass()
    {
        await using var site = await TestSite.StartAsync();
        await DeskSession.CreateUserAsync(site, "lena", DeskRole.Editor);
        using var session = DeskSession.Anonymous(site);

        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await session.SignInAsync("lena", $"wrong password {i}")).StatusCode);
        var fifth = await session.SignInAsync("lena", "wrong password 5");
        var rightButLocked = await session.SignInAsync("lena", DeskSession.Password);

        Assert.Equal((HttpStatusCode)429, fifth.StatusCode);
        Assert.Equal((HttpStatusCode)429, rightButLocked.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), rightButLocked.Headers.RetryAfter!.Delta);
        Assert.Contains("locked", await rightButLocked.Content.ReadAsStringAsync());
        Assert.DoesNotContain(session.Cookies.GetAllCookies(), c => c.Name == "wiredesk.desk");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/desk")).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.SeeOther, (await session.SignInAsync("lena", DeskSession.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/desk")).StatusCode);
        Assert.Equal(0, (await site.Workspace.Users.FindAsync("lena", CancellationToken.None))!.FailedSignIns);
    }

    [Fact]
    public async Task A_wrong_name_and_a_wrong_password_get_the_same_answer()
    {
        await using var site = await TestSite.StartAsync();
        await DeskSession.CreateUserAsync(site, "lena", DeskRole.Editor);
        using var session = DeskSession.Anonymous(site);

        var wrongPassword = await session.SignInAsync("lena", "not her password");
        var wrongName = await session.SignInAsync("nobody", "not her password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongName.StatusCode);
        var a = PageText.Parse(await wrongPassword.Content.ReadAsStringAsync()).QuerySelector(".error")!.TextContent;
        var b = PageText.Parse(await wrongName.Content.ReadAsStringAsync()).QuerySelector(".error")!.TextContent;
        Assert.Equal("Wrong name or password.", a);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_scoped_to_the_desk_and_holds_no_user_data_in_clear()
    {
        await using var site = await TestSite.StartAsync();
        await DeskSession.CreateUserAsync(site, "lena", DeskRole.Admin);
        using var session = DeskSession.Anonymous(site);

        var response = await session.SignInAsync("lena", DeskSession.Password);

        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), h => h.StartsWith("wiredesk.desk=", StringComparison.Ordinal));
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/desk", attributes);
        // Plain HTTP here; over HTTPS the same cookie carries Secure (CookieSecurePolicy.SameAsRequest).
        Assert.DoesNotContain("secure", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires", StringComparison.Ordinal));
        Assert.DoesNotContain("lena", setCookie, StringComparison.OrdinalIgnoreCase);
        var antiforgery = session.Cookies.GetAllCookies().Single(c => c.Name == "wiredesk.desk.af");
        Assert.True(antiforgery.HttpOnly);
        Assert.Equal("/desk", antiforgery.Path);
    }

    [Fact]
    public async Task An_agency_headline_holding_a_script_shows_as_text_on_the_desk()
    {
        await using var site = await TestSite.StartAsync();
        const string hostile = "<script>alert('x')</script> Port strike <img src=x onerror=alert(1)> ends";
        var (_, story) = await DeskStories.ApplyAsync(site, DeskStories.Copy("urn:test:hostile", hostile,
            ["Mumbai, Jan 9 (ANI) The strike ended on Friday.", "<b>Bold</b> claims & more."]));
        Assert.Equal(hostile, story.Current.Headline);
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);

        foreach (var path in new[] { "/desk", $"/desk/story/{story.Id}", "/desk/audit?all=1" })
        {
            var raw = await editor.Http.GetStringAsync(path);
            var page = PageText.Parse(raw);
            Assert.All(page.Scripts, s => Assert.Equal("/desk/assets/desk.js", s.GetAttribute("src")));
            Assert.Empty(page.QuerySelectorAll("img"));
            Assert.Contains("&lt;script&gt;alert(", raw);
        }
        var queue = await editor.PageAsync("/desk");
        Assert.Equal(hostile, queue.QuerySelector($"#s{story.Id} td.hl a")!.TextContent);
        var row = await editor.Http.GetStringAsync($"/desk/api/rows/{story.Id}");
        Assert.DoesNotContain("<script>", row);
    }

    [Fact]
    public async Task Desk_pages_are_not_cached_not_framed_and_limit_scripts_to_the_desk_script()
    {
        await using var site = await TestSite.StartAsync();
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);

        var response = await editor.Http.GetAsync("/desk");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("noindex, nofollow", PageText.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Sign_in_returns_only_to_desk_pages_never_to_another_site()
    {
        await using var site = await TestSite.StartAsync();
        await DeskSession.CreateUserAsync(site, "lena", DeskRole.Editor);

        foreach (var (asked, expected) in new[] { ("//evil.example/desk", "/desk"), ("https://evil.example/", "/desk"), ("/desk/audit", "/desk/audit"), ("/", "/desk") })
        {
            using var session = DeskSession.Anonymous(site);
            var response = await session.SignInAsync("lena", DeskSession.Password, asked);
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Removing_a_role_from_the_database_ends_the_session_at_once()
    {
        await using var site = await TestSite.StartAsync();
        using var editor = await DeskSession.SignInAsync(site, "eddie", DeskRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync("/desk")).StatusCode);

        var user = await site.Workspace.Users.FindAsync("eddie", CancellationToken.None);
        await site.Workspace.Users.UpdateAsync(user! with { Role = DeskRole.Viewer }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.Http.GetAsync("/desk")).StatusCode);
    }
}
