using System.Security.Cryptography;
using System.Text;

namespace WireDesk.Web;

/// <summary>Static files compiled into the assembly, so the site needs no folder beside it.</summary>
public static class Assets
{
    public static string SiteCss { get; } = Read("site.css");

    public static string DeskCss { get; } = Read("desk.css");

    public static string DeskJs { get; } = Read("desk.js");

    /// <summary>A short hash of the stylesheet for its URL, so it can be cached for a year and still change.</summary>
    public static string SiteCssVersion { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SiteCss)))[..10];

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream($"WireDesk.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"embedded asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
