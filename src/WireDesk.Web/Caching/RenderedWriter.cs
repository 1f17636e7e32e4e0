using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace WireDesk.Web.Caching;

/// <summary>Writes a <see cref="Rendered"/> response with its validators, or 304 when the client's copy is current.</summary>
public static class RenderedWriter
{
    public static Task WriteAsync(HttpContext http, Rendered rendered, string defaultCacheControl)
    {
        var response = http.Response;
        var headers = response.Headers;
        headers.ETag = rendered.ETag;
        headers.CacheControl = rendered.CacheControl ?? defaultCacheControl;
        if (rendered.LastModifiedHeader is { } modified) headers.LastModified = modified;
        if (rendered.Location is { } location) headers.Location = location;
        if (rendered.NoIndex) headers["X-Robots-Tag"] = "noindex";
        if (rendered.SurrogateKeyHeader is { } keys) headers["Surrogate-Key"] = keys;

        if (rendered.Status == StatusCodes.Status200OK && IsNotModified(http.Request, rendered))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = rendered.Status;
        response.ContentType = rendered.ContentType;
        response.ContentLength = rendered.Body.Length;
        return HttpMethods.IsHead(http.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(rendered.Body, http.RequestAborted).AsTask();
    }

    // RFC 9110 §13.1: If-None-Match wins over If-Modified-Since when both are sent.
    private static bool IsNotModified(HttpRequest request, Rendered rendered)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            foreach (var value in ifNoneMatch)
                if (value is not null && (value.Trim() == "*" || value.Split(',').Any(tag => SameTag(tag.Trim(), rendered.ETag))))
                    return true;
            return false;
        }
        return rendered.LastModified is { } modified
               && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
               && TruncateToSeconds(modified) <= since;
    }

    private static bool SameTag(string candidate, string etag) =>
        candidate == etag || (candidate.StartsWith("W/", StringComparison.Ordinal) && candidate[2..] == etag);

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
