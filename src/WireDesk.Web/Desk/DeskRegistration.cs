using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WireDesk.Core.Accounts;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Endpoints;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk;

public static class DeskRegistration
{
    /// <summary>
    /// The desk's services: cookie sign-in, role policies, antiforgery, pages. The host provides IStoryStore,
    /// ISourceCatalog, IUserStore, IDeskLog, ISourceSettings, EditorActions, StoryEventHub and a TimeProvider.
    /// </summary>
    public static IServiceCollection AddWireDeskDesk(this IServiceCollection services, DeskOptions? options = null)
    {
        var desk = options ?? new DeskOptions();
        services.AddSingleton(desk);
        services.AddAuthentication(DeskPrincipal.Scheme).AddCookie(DeskPrincipal.Scheme, cookie =>
        {
            cookie.Cookie.Name = "wiredesk.desk";
            cookie.Cookie.Path = DeskPaths.Root;
            cookie.Cookie.HttpOnly = true;
            // Lax: a link to a desk page from mail or chat opens signed in; cross-site POSTs never carry the cookie.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = DeskPaths.SignIn;
            cookie.ReturnUrlParameter = "return";
            cookie.ExpireTimeSpan = desk.SessionIdle;
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(DeskCookieEvents);
        });
        services.AddSingleton<DeskCookieEvents>();
        services.AddAuthorizationBuilder()
            .AddPolicy(DeskPolicies.View, p => p.AddAuthenticationSchemes(DeskPrincipal.Scheme)
                .RequireRole(nameof(DeskRole.Viewer), nameof(DeskRole.Editor), nameof(DeskRole.Admin)))
            .AddPolicy(DeskPolicies.Act, p => p.AddAuthenticationSchemes(DeskPrincipal.Scheme).RequireRole(nameof(DeskRole.Editor), nameof(DeskRole.Admin)))
            .AddPolicy(DeskPolicies.Admin, p => p.AddAuthenticationSchemes(DeskPrincipal.Scheme).RequireRole(nameof(DeskRole.Admin)));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "wiredesk.desk.af";
            antiforgery.Cookie.Path = DeskPaths.Root;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__wd_token";
            antiforgery.HeaderName = "X-Desk-Token";
        });

        services.AddSingleton<DeskAccounts>();
        services.AddSingleton<DeskLayout>();
        services.AddSingleton<QueueRows>();
        services.AddSingleton<QueuePage>();
        services.AddSingleton<StoryPage>();
        services.AddSingleton<ComparePage>();
        services.AddSingleton<AuditPage>();
        services.AddSingleton<SignInPage>();
        services.AddSingleton<SourcesPage>();
        services.AddSingleton<MessagePage>();
        services.AddSingleton<DeskPages>();
        services.AddSingleton<DeskSignIn>();
        services.AddSingleton<DeskStoryActions>();
        services.AddSingleton<DeskSourceAdmin>();
        services.AddSingleton<DeskLive>();
        return services;
    }

    /// <summary>Sign-in, authorization and the desk's response headers; call before mapping endpoints.</summary>
    public static IApplicationBuilder UseWireDeskDesk(this IApplicationBuilder app)
    {
        app.Use(static (context, next) =>
        {
            if (DeskPaths.IsDesk(context.Request.Path))
            {
                var headers = context.Response.Headers;
                headers.CacheControl = "no-store";
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
                    "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
            }
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
