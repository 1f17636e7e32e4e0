using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Core.Ports;
using WireDesk.Core.Push;

namespace WireDesk.Web.Transports;

/// <summary>
/// <c>POST /ingest/{source}</c>: an agency pushes copy in any readable format. The body is read up to the source's
/// limit and no further; the delivery is committed before the 202 that carries its receipt id.
/// </summary>
public static class PushEndpoints
{
    public static IEndpointRouteBuilder MapPushIngest(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/ingest/{source}", PushAsync);
        return routes;
    }

    private static async Task<IResult> PushAsync(HttpContext http, string source, IPushIntake intake, CancellationToken cancellationToken)
    {
        var admission = intake.Admit(source);
        if (!admission.Admitted) return Answer(PushResult.Refused(admission.Status, admission.Message));
        if (http.Request.ContentLength > admission.MaxBodyBytes)
            return Answer(PushResult.Refused(PushStatus.TooLarge, $"the body is over {admission.MaxBodyBytes} bytes"));

        var body = await BodyReader.ReadCappedAsync(http.Request.Body, admission.MaxBodyBytes, cancellationToken);
        if (body is null) return Answer(PushResult.Refused(PushStatus.TooLarge, $"the body is over {admission.MaxBodyBytes} bytes"));

        var headers = http.Request.Headers;
        var result = await intake.AcceptAsync(new PushRequest
        {
            Source = source,
            Body = body,
            ContentType = http.Request.ContentType,
            ApiKey = Header(headers, "X-WireDesk-Key"),
            Timestamp = Header(headers, "X-WireDesk-Timestamp"),
            Signature = Header(headers, "X-WireDesk-Signature"),
            IdempotencyKey = Header(headers, "Idempotency-Key"),
            Name = Header(headers, "X-WireDesk-Name"),
            RemoteAddress = http.Connection.RemoteIpAddress?.ToString(),
        }, cancellationToken);
        if (result.Repeated) http.Response.Headers["Idempotent-Replayed"] = "true";
        return Answer(result);
    }

    private static string? Header(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static IResult Answer(PushResult result)
    {
        var status = result.Status switch
        {
            PushStatus.Accepted => StatusCodes.Status202Accepted,
            PushStatus.UnknownSource => StatusCodes.Status404NotFound,
            PushStatus.Forbidden => StatusCodes.Status403Forbidden,
            PushStatus.Unauthorized => StatusCodes.Status401Unauthorized,
            PushStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
            PushStatus.Unsupported => StatusCodes.Status415UnsupportedMediaType,
            _ => StatusCodes.Status500InternalServerError,
        };
        return Results.Json(new PushAnswer(result.ReceiptId, result.Repeated, result.Message), PushJson.Default.PushAnswer, statusCode: status);
    }
}
