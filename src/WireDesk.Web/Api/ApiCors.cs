using Microsoft.AspNetCore.Http;

namespace WireDesk.Web.Api;

/// <summary>
/// CORS for the API and JSON feeds, from <see cref="ApiOptions.CorsOrigins"/>. Headers are added per request before the
/// response cache answers, so a cached response serves every allowed origin. No origins configured: no CORS headers.
/// </summary>
public sealed class ApiCors(RequestDelegate next, SiteOptions site)
{
    private readonly HashSet<string> _origins = new(site.Api.CorsOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (_origins.Count == 0 || !Applies(request.Path)) return next(http);
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return next(http);
        var allowed = _origins.Contains("*") ? "*" : _origins.Contains(origin) ? origin : null;
        var headers = http.Response.Headers;
        if (allowed is not null)
        {
            headers.AccessControlAllowOrigin = allowed;
            headers.AccessControlExposeHeaders = "ETag, Last-Modified";
        }
        if (allowed != "*") headers.Vary = "Origin";
        if (HttpMethods.IsOptions(request.Method) && request.Headers.AccessControlRequestMethod.Count > 0)
        {
            if (allowed is not null)
            {
                headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
                headers.AccessControlAllowHeaders = "If-None-Match, If-Modified-Since, Last-Event-ID, Cache-Control";
                headers.AccessControlMaxAge = "600";
            }
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return next(http);
    }

    private static bool Applies(PathString path) =>
        path.StartsWithSegments("/api") || path.Value?.EndsWith("/feed.json", StringComparison.Ordinal) == true;
}
