using Microsoft.AspNetCore.Http;

namespace WireDesk.Web.Caching;

/// <summary>Answers GET and HEAD from the <see cref="ResponseCache"/> before routing; a miss goes on to the endpoints.</summary>
public sealed class ResponseCacheMiddleware(RequestDelegate next, ResponseCache cache)
{
    public Task InvokeAsync(HttpContext http)
    {
        var method = http.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && cache.TryGet(http, out var rendered))
            return RenderedWriter.WriteAsync(http, rendered, cache.DefaultCacheControl);
        return next(http);
    }
}
