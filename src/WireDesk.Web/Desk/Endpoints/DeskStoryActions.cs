using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Desk;
using WireDesk.Web.Desk.Accounts;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>
/// The story actions as plain form POSTs, each one call to <see cref="EditorActions"/> (which writes the audit entry):
/// review, release, restore, withhold, kill, headline.
/// </summary>
public sealed class DeskStoryActions(EditorActions editor, IAntiforgery antiforgery, MessagePage message)
{
    public static readonly IReadOnlyList<string> Names = ["review", "release", "restore", "withhold", "kill", "headline"];

    public async Task<IResult> ActAsync(HttpContext http, long id, string action, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var user = DeskPrincipal.Name(http.User);
        var reason = form["reason"].ToString().Trim();
        var result = action switch
        {
            "review" => await editor.MarkReviewedAsync(id, user, cancellationToken),
            "release" => await editor.ReleaseAsync(id, user, cancellationToken),
            "restore" => await editor.RestoreAsync(id, user, cancellationToken),
            "withhold" => await editor.WithholdAsync(id, user, reason.Length == 0 ? null : reason, cancellationToken),
            "kill" => await editor.KillAsync(id, user, reason, cancellationToken),
            "headline" => await editor.OverrideHeadlineAsync(id, user, form["headline"].ToString(), cancellationToken),
            _ => null,
        };
        if (result is null) return Results.NotFound();
        var back = DeskPaths.SafeReturn(form["back"], DeskPaths.Story(id));
        if (result.Succeeded) return DeskResponses.SeeOther(back);
        var status = result.Error!.EndsWith("does not exist", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return DeskResponses.Page(message.Render("Not done", result.Error, back, http.User, DeskResponses.Form(http, antiforgery)), status);
    }
}
