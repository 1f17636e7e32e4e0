using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Pages;
using WireDesk.Web.Rendering;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>Signing in and out of the desk with a session cookie.</summary>
public sealed class DeskSignIn(DeskAccounts accounts, IAntiforgery antiforgery, SignInPage page, SiteClock clock, TimeProvider time)
{
    public IResult Form(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true) return Results.Redirect(DeskPaths.Root);
        var returnTo = DeskPaths.SafeReturn(http.Request.Query["return"], DeskPaths.Root);
        return DeskResponses.Page(page.Render(DeskResponses.Form(http, antiforgery), returnTo, null, null));
    }

    public async Task<IResult> SubmitAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var name = form["name"].ToString();
        var returnTo = DeskPaths.SafeReturn(form["return"], DeskPaths.Root);
        var outcome = await accounts.SignInAsync(name, form["password"].ToString(), cancellationToken);
        if (outcome.User is { } user)
        {
            await http.SignInAsync(DeskPrincipal.Scheme, DeskPrincipal.For(user), new AuthenticationProperties { IsPersistent = false });
            return DeskResponses.SeeOther(returnTo);
        }
        // The new antiforgery token must belong to the anonymous caller the form is shown to.
        if (outcome.LockedUntil is { } until)
        {
            var wait = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes));
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling((until - time.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return DeskResponses.Page(page.Render(DeskResponses.Form(http, antiforgery), returnTo, name,
                $"Too many failed sign-ins: this account is locked until {clock.Local(until):HH:mm} (about {wait} min)."), StatusCodes.Status429TooManyRequests);
        }
        return DeskResponses.Page(page.Render(DeskResponses.Form(http, antiforgery), returnTo, name, "Wrong name or password."),
            StatusCodes.Status401Unauthorized);
    }

    public async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(DeskPrincipal.Scheme);
        return DeskResponses.SeeOther(DeskPaths.SignIn);
    }
}
