using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Desk.Accounts;

/// <summary>
/// How the desk's session cookie answers: desk APIs get 401 instead of a redirect to sign in; a role too low for the
/// action gets 403; and every request checks that the account still exists with the same role, so removing or demoting
/// someone takes effect at once.
/// </summary>
public sealed class DeskCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (DeskPaths.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Cookie realm=\"desk\"";
            return Task.CompletedTask;
        }
        return base.RedirectToLogin(context);
    }

    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (DeskPaths.IsApi(context.Request.Path)) return;
        context.Response.ContentType = "text/html; charset=utf-8";
        var role = DeskPrincipal.Role(context.HttpContext.User)?.ToString().ToLowerInvariant() ?? "unknown";
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed</title><link rel=\"stylesheet\" href=\"{DeskPaths.Css}\"></head>" +
            $"<body class=\"desk\"><main class=\"notice\"><h1>Not allowed</h1><p>Your role ({Rendering.Html.Encode(role)}) cannot do this.</p>" +
            "<p><a href=\"/desk\">Back to the queue</a></p></main></body></html>");
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var id = DeskPrincipal.Id(context.Principal!);
        var user = id is { } userId ? await users.GetAsync(userId, context.HttpContext.RequestAborted) : null;
        if (user is null || user.Role != DeskPrincipal.Role(context.Principal!) || user.Name != DeskPrincipal.Name(context.Principal!))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DeskPrincipal.Scheme);
        }
    }
}
