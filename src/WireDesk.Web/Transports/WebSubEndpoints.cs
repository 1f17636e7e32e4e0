using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Core.Ports;
using WireDesk.Core.WebSub;

namespace WireDesk.Web.Transports;

/// <summary>
/// Our WebSub callback, <c>/websub/{id}</c>: GET answers a hub's verification of intent (the challenge echoed as
/// text/plain, or 404 for anything we did not ask for); POST takes a content distribution. A delivery with a missing
/// or wrong X-Hub-Signature is answered 202 like a good one but discarded unread (WebSub §8 allows either; a 4xx
/// would tell a forger when he got it right and make an honest hub retry a body that can never verify).
/// </summary>
public static class WebSubEndpoints
{
    public static IEndpointRouteBuilder MapWebSubCallback(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/websub/{id}", VerifyAsync);
        routes.MapPost("/websub/{id}", DeliverAsync);
        return routes;
    }

    private static async Task<IResult> VerifyAsync(HttpContext http, string id, IWebSubCallback callback, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var query = http.Request.Query;
        var answer = await callback.VerifyAsync(new WebSubVerification(id,
            query["hub.mode"].FirstOrDefault(), query["hub.topic"].FirstOrDefault(), query["hub.challenge"].FirstOrDefault(),
            query["hub.lease_seconds"].FirstOrDefault(), query["hub.reason"].FirstOrDefault()), cancellationToken);
        return answer is null ? Results.NotFound() : Results.Text(answer, "text/plain; charset=utf-8");
    }

    private static async Task<IResult> DeliverAsync(HttpContext http, string id, IWebSubCallback callback, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > callback.MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await BodyReader.ReadCappedAsync(http.Request.Body, callback.MaxBodyBytes, cancellationToken);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var outcome = await callback.DeliverAsync(new WebSubContent(id, body, http.Request.ContentType,
            http.Request.Headers["X-Hub-Signature"].FirstOrDefault(), http.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        return outcome switch
        {
            WebSubOutcome.Accepted or WebSubOutcome.Discarded => Results.StatusCode(StatusCodes.Status202Accepted),
            WebSubOutcome.TooLarge => Results.StatusCode(StatusCodes.Status413PayloadTooLarge),
            _ => Results.NotFound(),
        };
    }
}
