namespace WireDesk.Web;

/// <summary>Static files compiled into the assembly, so the site needs no folder beside it.</summary>
public static class Assets
{
    public static string SiteCss { get; } = Read("site.css");

    public static string DeskCss { get; } = Read("desk.css");

    public static string DeskJs { get; } = Read("desk.js");

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream($"WireDesk.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"embedded asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
