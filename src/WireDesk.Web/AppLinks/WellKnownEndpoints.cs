using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WireDesk.Web.Caching;

namespace WireDesk.Web.AppLinks;

/// <summary>
/// /.well-known/assetlinks.json (Android App Links) and /.well-known/apple-app-site-association (iOS Universal Links),
/// from <see cref="AppOptions"/>; 404 when the app is not configured.
/// </summary>
public static class WellKnownEndpoints
{
    public static IEndpointRouteBuilder MapAppLinks(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/assetlinks.json", (SiteOptions site) => AssetLinks(site.App)).ExcludeFromDescription();
        routes.MapGet("/.well-known/apple-app-site-association", (SiteOptions site) => AppleAssociation(site.App)).ExcludeFromDescription();
        return routes;
    }

    public static IResult AssetLinks(AppOptions app)
    {
        if (app.AndroidPackage is not { Length: > 0 } package || app.AndroidCertFingerprints.Count == 0) return Results.NotFound();
        var document = new[]
        {
            new Dictionary<string, object>
            {
                ["relation"] = new[] { "delegate_permission/common.handle_all_urls" },
                ["target"] = new Dictionary<string, object>
                {
                    ["namespace"] = "android_app",
                    ["package_name"] = package,
                    ["sha256_cert_fingerprints"] = app.AndroidCertFingerprints,
                },
            },
        };
        return Json(document);
    }

    public static IResult AppleAssociation(AppOptions app)
    {
        if (app.AppleAppIds.Count == 0) return Results.NotFound();
        var paths = app.ApplePaths.Count > 0 ? app.ApplePaths : ["/*", "NOT /api/*", "NOT /assets/*"];
        var document = new Dictionary<string, object>
        {
            ["applinks"] = new Dictionary<string, object>
            {
                ["details"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["appIDs"] = app.AppleAppIds,
                        ["components"] = paths.Select(p => p.StartsWith("NOT ", StringComparison.Ordinal)
                            ? new Dictionary<string, object> { ["/"] = p[4..], ["exclude"] = true }
                            : new Dictionary<string, object> { ["/"] = p }).ToArray(),
                    },
                },
            },
        };
        return Json(document);
    }

    // Apple fetches the file without an extension and wants application/json.
    private static Rendered Json(object document) =>
        new(StatusCodes.Status200OK, "application/json", JsonSerializer.SerializeToUtf8Bytes(document)) { CacheControl = "public, max-age=3600" };
}
