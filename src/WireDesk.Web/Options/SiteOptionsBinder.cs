using Microsoft.Extensions.Configuration;

namespace WireDesk.Web;

/// <summary>
/// Binds <see cref="SiteOptions"/> from configuration. The configuration binder appends configured list items to a
/// list property's default items ("Sections": ["A"] would give India, World, ..., A); here a configured list
/// replaces the default instead.
/// </summary>
public static class SiteOptionsBinder
{
    public static SiteOptions Bind(IConfigurationSection section)
    {
        var site = section.Get<SiteOptions>() ?? new SiteOptions();
        return site with
        {
            Sections = ListOr(section.GetSection("Sections"), new SiteOptions().Sections),
            Api = site.Api with { CorsOrigins = ListOr(section.GetSection("Api:CorsOrigins"), []) },
            App = site.App with
            {
                AppleAppIds = ListOr(section.GetSection("App:AppleAppIds"), []),
                ApplePaths = ListOr(section.GetSection("App:ApplePaths"), []),
                AndroidCertFingerprints = ListOr(section.GetSection("App:AndroidCertFingerprints"), []),
            },
        };
    }

    private static IReadOnlyList<string> ListOr(IConfigurationSection list, IReadOnlyList<string> fallback) =>
        list.Exists()
            ? [.. list.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue).Select(c => c.Value).OfType<string>()
                .Where(v => v.Length > 0)]
            : fallback;
}
