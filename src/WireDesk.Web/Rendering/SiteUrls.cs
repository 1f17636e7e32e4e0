using Microsoft.AspNetCore.Http;

namespace WireDesk.Web.Rendering;

/// <summary>The site's URL scheme in one place: listing paths, and absolute URLs from the configured origin.</summary>
public sealed class SiteUrls(SiteOptions site)
{
    public static string Section(string name) => "/section/" + Key(name);

    public static string Agency(string name) => "/agency/" + Key(name);

    public static string Place(string name) => "/place/" + Key(name);

    /// <summary>The origin stories are published under: the configured BaseUrl, else the request's own.</summary>
    public string Origin(HttpContext http) =>
        site.BaseUrl is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";

    public string Absolute(HttpContext http, string path) => Origin(http) + path;

    private static string Key(string name) => Uri.EscapeDataString(name.Trim().ToLowerInvariant());
}
