using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WireDesk.Web.Caching;

/// <summary>
/// A reader response rendered once: status, bytes and the headers that go with them. Its strong ETag is a hash of the
/// bytes. Executing it keeps it in the <see cref="ResponseCache"/> (unless a story changed while it was rendered),
/// then writes it, answering a conditional request with 304.
/// </summary>
public sealed record Rendered : IResult
{
    public Rendered(int status, string contentType, byte[] body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
    }

    public int Status { get; }
    public string ContentType { get; }
    public byte[] Body { get; }
    public string ETag { get; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>Cache-Control; null for the site's default for pages.</summary>
    public string? CacheControl { get; init; }
    public string? Location { get; init; }
    public bool NoIndex { get; init; }
    /// <summary>Surrogate keys a CDN can purge by: "story-12", "home", "section-india", "feeds" ...</summary>
    public IReadOnlyList<string> SurrogateKeys { get; init; } = [];
    /// <summary>Whether the server may keep it; false for answers that depend on more than the URL.</summary>
    public bool Cacheable { get; init; } = true;

    // Header values worked out once per rendering, not once per request served from the cache.
    internal string? LastModifiedHeader => _lastModifiedHeader ??= LastModified?.ToUniversalTime().ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    internal string? SurrogateKeyHeader => SurrogateKeys.Count == 0 ? null : _surrogateKeyHeader ??= string.Join(' ', SurrogateKeys);

    private string? _lastModifiedHeader;
    private string? _surrogateKeyHeader;

    public static Rendered Html(int status, string html) => new(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static Rendered Text(int status, string contentType, string text) => new(status, contentType, Encoding.UTF8.GetBytes(text));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var cache = httpContext.RequestServices.GetRequiredService<ResponseCache>();
        if (Cacheable) cache.Keep(httpContext, this);
        return RenderedWriter.WriteAsync(httpContext, this, cache.DefaultCacheControl);
    }
}
