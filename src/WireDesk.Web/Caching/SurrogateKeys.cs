namespace WireDesk.Web.Caching;

/// <summary>Surrogate keys are space-separated in their header: names become lower-case words joined by hyphens.</summary>
public static class SurrogateKeys
{
    public static string For(string kind, string name) =>
        kind + "-" + string.Join('-', name.ToLowerInvariant().Split([' ', '\t', ',', '/'], StringSplitOptions.RemoveEmptyEntries));
}
