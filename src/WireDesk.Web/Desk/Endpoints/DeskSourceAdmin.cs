using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Desk;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>The admins' sources page: health from the deliveries table, pause and resume, policy and disclaimer.</summary>
public sealed class DeskSourceAdmin(
    ISourceSettings settings,
    IDeskLog log,
    TimeProvider time,
    IAntiforgery antiforgery,
    SourcesPage page,
    MessagePage message)
{
    public async Task<IResult> ListAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var receipts = await log.ListSourceReceiptsAsync(now.AddHours(-24), cancellationToken);
        return DeskResponses.Page(page.Render(settings.List(), receipts, now, http.User, DeskResponses.Form(http, antiforgery)));
    }

    public IResult Edit(HttpContext http, string name) =>
        Find(name) is { } source
            ? DeskResponses.Page(page.RenderEdit(source, source.PolicyJson, source.Disclaimer, null, http.User, DeskResponses.Form(http, antiforgery)))
            : Missing(http, name);

    public Task<IResult> PauseAsync(HttpContext http, string name, CancellationToken cancellationToken) => SetPausedAsync(http, name, true, cancellationToken);

    public Task<IResult> ResumeAsync(HttpContext http, string name, CancellationToken cancellationToken) => SetPausedAsync(http, name, false, cancellationToken);

    public async Task<IResult> SavePolicyAsync(HttpContext http, string name, CancellationToken cancellationToken)
    {
        if (Find(name) is not { } source) return Missing(http, name);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var policy = form["policy"].ToString();
        var disclaimer = form["disclaimer"].ToString();
        if (await settings.UpdatePolicyAsync(source.Name, policy, disclaimer, cancellationToken) is { } error)
            return DeskResponses.Page(page.RenderEdit(source, policy, disclaimer, error, http.User, DeskResponses.Form(http, antiforgery)),
                StatusCodes.Status422UnprocessableEntity);
        var saved = Find(name)!;
        await log.AddDeskChangeAsync(new DeskChange(time.GetUtcNow(), Actors.Editor(DeskPrincipal.Name(http.User)), "policy edited", source.Name,
            $"before: {source.PolicyJson} disclaimer \"{source.Disclaimer}\"; after: {saved.PolicyJson} disclaimer \"{saved.Disclaimer}\""), cancellationToken);
        return DeskResponses.SeeOther("/desk/sources");
    }

    private async Task<IResult> SetPausedAsync(HttpContext http, string name, bool paused, CancellationToken cancellationToken)
    {
        if (Find(name) is not { } source) return Missing(http, name);
        if (await settings.SetPausedAsync(source.Name, paused, cancellationToken) is { } error)
            return DeskResponses.Page(message.Render("Not done", error, "/desk/sources", http.User, DeskResponses.Form(http, antiforgery)), StatusCodes.Status409Conflict);
        await log.AddDeskChangeAsync(new DeskChange(time.GetUtcNow(), Actors.Editor(DeskPrincipal.Name(http.User)), paused ? "source paused" : "source resumed",
            source.Name, null), cancellationToken);
        return DeskResponses.SeeOther("/desk/sources");
    }

    private SourceSettings? Find(string name) =>
        settings.List().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private IResult Missing(HttpContext http, string name) =>
        DeskResponses.Page(message.Render("Not found", $"There is no source '{name}' in the sources file.", "/desk/sources", http.User,
            DeskResponses.Form(http, antiforgery)), StatusCodes.Status404NotFound);
}
