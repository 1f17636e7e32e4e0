using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>
/// Every desk POST must carry the antiforgery token of the form it came from (ASP.NET Core antiforgery: a cookie token
/// paired with a form or header token, bound to the signed-in user); without it the answer is 400 and nothing is done.
/// </summary>
public sealed class AntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return await next(context);
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Content(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Form expired</title></head><body><h1>This form has expired</h1>" +
                "<p>The form was missing its security token or it no longer matches your session. Go back, reload the page and try again.</p></body></html>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        return await next(context);
    }
}
