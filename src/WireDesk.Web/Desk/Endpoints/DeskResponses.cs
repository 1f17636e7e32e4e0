using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>How desk pages are answered: HTML that is never cached, and the request's antiforgery form helper.</summary>
public static class DeskResponses
{
    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    /// <summary>Issues (or reuses) the antiforgery cookie and returns the forms helper carrying this request's token.</summary>
    public static DeskForm Form(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new DeskForm(tokens.FormFieldName, tokens.RequestToken!);
    }

    /// <summary>After a plain form POST: back where the editor was (303, so the browser GETs it).</summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
