using System.Net;
using System.Text.RegularExpressions;
using WireDesk.Core.Accounts;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Desk;

/// <summary>
/// A browser-like client of the desk: its own cookie jar, no automatic redirects, and forms posted with the token the
/// page gave it.
/// </summary>
public sealed partial class DeskSession : IDisposable
{
    public const string Password = "correct horse battery";

    private DeskSession(TestSite site)
    {
        Cookies = new CookieContainer();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true })
        {
            BaseAddress = site.Http.BaseAddress,
        };
    }

    public HttpClient Http { get; }
    public CookieContainer Cookies { get; }

    public static DeskSession Anonymous(TestSite site) => new(site);

    /// <summary>Creates the user (if new) and signs in through the sign-in form.</summary>
    public static async Task<DeskSession> SignInAsync(TestSite site, string name, DeskRole role)
    {
        await CreateUserAsync(site, name, role);
        var session = new DeskSession(site);
        var response = await session.SignInAsync(name, Password);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return session;
    }

    public static async Task CreateUserAsync(TestSite site, string name, DeskRole role)
    {
        if (await site.Workspace.Users.FindAsync(name, CancellationToken.None) is not null) return;
        var (user, error) = await new DeskAccounts(site.Workspace.Users, site.Workspace.DeskLog, site.Clock)
            .CreateAsync(name, role, Password, "test", CancellationToken.None);
        Assert.True(user is not null, error);
    }

    public async Task<HttpResponseMessage> SignInAsync(string name, string password, string returnTo = "/desk")
    {
        var token = await TokenAsync("/desk/sign-in");
        return await Http.PostAsync("/desk/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__wd_token"] = token,
            ["name"] = name,
            ["password"] = password,
            ["return"] = returnTo,
        }));
    }

    /// <summary>The antiforgery token of the forms on the page at <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await Http.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no token on {path}");
    }

    /// <summary>Posts a form the way the page at <paramref name="from"/> would, with its token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, string from, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["__wd_token"] = await TokenAsync(from);
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<AngleSharp.Dom.IDocument> PageAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return PageText.Parse(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__wd_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
