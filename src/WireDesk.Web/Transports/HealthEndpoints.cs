using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Transports;

/// <summary><c>GET /health/sources</c>: every configured source's health as JSON, never cached.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapSourceHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health/sources", async (HttpContext http, ISourceHealthQuery health, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(await health.ListAsync(ct), PushJson.Default.IReadOnlyListSourceHealth);
        });
        return routes;
    }
}
