using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Desk;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Ports;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>Replaying a quarantined delivery: back to pending in the inbox, where the inbox worker takes it again.</summary>
public sealed class DeskDeliveryActions(IEnumerable<IInbox> inboxes, IDeskLog log, TimeProvider time, IAntiforgery antiforgery, MessagePage message)
{
    public async Task<IResult> ReplayAsync(HttpContext http, long id, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var back = DeskPaths.SafeReturn(form["back"], DeskPaths.Root);
        if (inboxes.FirstOrDefault() is not { } inbox)
            return Refuse(http, "This server runs without the inbox, so deliveries cannot be replayed here.", back, StatusCodes.Status404NotFound);
        if (await inbox.GetEntryAsync(id, cancellationToken) is not { } entry)
            return Refuse(http, $"There is no delivery {id}.", back, StatusCodes.Status404NotFound);
        if (!await inbox.ReplayAsync(id, cancellationToken))
            return Refuse(http, $"Delivery {id} could not be replayed.", back, StatusCodes.Status409Conflict);
        await log.AddDeskChangeAsync(new DeskChange(time.GetUtcNow(), Actors.Editor(DeskPrincipal.Name(http.User)), "delivery replayed",
            $"delivery {id}", $"source {entry.Source}, {entry.Transport}; before: {entry.Status.ToString().ToLowerInvariant()}, {entry.Attempts} tries, error \"{entry.Error}\"; after: pending"),
            cancellationToken);
        return DeskResponses.SeeOther(back);
    }

    private IResult Refuse(HttpContext http, string why, string back, int status) =>
        DeskResponses.Page(message.Render("Not done", why, back, http.User, DeskResponses.Form(http, antiforgery)), status);
}
