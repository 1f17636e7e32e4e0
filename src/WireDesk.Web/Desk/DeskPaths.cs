using Microsoft.AspNetCore.Http;

namespace WireDesk.Web.Desk;

/// <summary>Where the desk lives, and which of its paths are APIs (401, not a redirect, when signed out).</summary>
public static class DeskPaths
{
    public const string Root = "/desk";
    public const string SignIn = "/desk/sign-in";
    public const string Api = "/desk/api";
    public const string Css = "/desk/assets/desk.css";
    public const string Js = "/desk/assets/desk.js";

    public static bool IsDesk(PathString path) => path.StartsWithSegments(Root);

    public static bool IsApi(PathString path) => path.StartsWithSegments(Api);

    public static string Story(long id) => $"/desk/story/{id}";

    /// <summary>A return address we may redirect to: a path on the desk, never another site.</summary>
    public static string SafeReturn(string? candidate, string fallback) =>
        candidate is { Length: > 0 } c && c.StartsWith("/desk", StringComparison.Ordinal) && !c.StartsWith("//", StringComparison.Ordinal)
            && !c.Contains('\\') && Uri.IsWellFormedUriString(c, UriKind.Relative)
            ? c
            : fallback;
}
