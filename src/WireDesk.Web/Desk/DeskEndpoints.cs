using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Endpoints;

namespace WireDesk.Web.Desk;

/// <summary>Every desk route, in one place, with the role each needs. Every POST passes the antiforgery filter.</summary>
public static class DeskEndpoints
{
    public static IEndpointRouteBuilder MapDesk(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DeskPaths.Css, () => Results.Text(Assets.DeskCss, "text/css; charset=utf-8"));
        routes.MapGet(DeskPaths.Js, () => Results.Text(Assets.DeskJs, "text/javascript; charset=utf-8"));

        var open = routes.MapGroup(DeskPaths.Root).AddEndpointFilter<AntiforgeryFilter>();
        open.MapGet("/sign-in", (HttpContext http, DeskSignIn signIn) => signIn.Form(http));
        open.MapPost("/sign-in", (HttpContext http, DeskSignIn signIn, CancellationToken ct) => signIn.SubmitAsync(http, ct));

        var view = routes.MapGroup(DeskPaths.Root).RequireAuthorization(DeskPolicies.View).AddEndpointFilter<AntiforgeryFilter>();
        view.MapGet("", (HttpContext http, DeskPages pages, CancellationToken ct) => pages.QueueAsync(http, ct));
        view.MapGet("/story/{id:long}", (HttpContext http, long id, DeskPages pages, CancellationToken ct) => pages.StoryAsync(http, id, ct));
        view.MapGet("/story/{id:long}/compare", (HttpContext http, long id, long? a, long? b, DeskPages pages, CancellationToken ct) =>
            pages.CompareAsync(http, id, a, b, ct));
        view.MapGet("/audit", (HttpContext http, DeskPages pages, CancellationToken ct) => pages.AuditAsync(http, ct));
        view.MapPost("/sign-out", (HttpContext http, DeskSignIn signIn) => signIn.SignOutAsync(http));
        view.MapGet("/api/events", (HttpContext http, DeskLive live) => live.StreamAsync(http));
        view.MapGet("/api/rows/{id:long}", (HttpContext http, long id, DeskLive live, CancellationToken ct) => live.RowAsync(http, id, ct));

        var act = view.MapGroup("/story/{id:long}").RequireAuthorization(DeskPolicies.Act);
        foreach (var action in DeskStoryActions.Names)
            act.MapPost("/" + action, (HttpContext http, long id, DeskStoryActions actions, CancellationToken ct) => actions.ActAsync(http, id, action, ct));

        var admin = view.MapGroup("/sources").RequireAuthorization(DeskPolicies.Admin);
        admin.MapGet("", (HttpContext http, DeskSourceAdmin sources, CancellationToken ct) => sources.ListAsync(http, ct));
        admin.MapGet("/{name}", (HttpContext http, string name, DeskSourceAdmin sources) => sources.Edit(http, name));
        admin.MapPost("/{name}/pause", (HttpContext http, string name, DeskSourceAdmin sources, CancellationToken ct) => sources.PauseAsync(http, name, ct));
        admin.MapPost("/{name}/resume", (HttpContext http, string name, DeskSourceAdmin sources, CancellationToken ct) => sources.ResumeAsync(http, name, ct));
        admin.MapPost("/{name}/policy", (HttpContext http, string name, DeskSourceAdmin sources, CancellationToken ct) => sources.SavePolicyAsync(http, name, ct));
        return routes;
    }
}
