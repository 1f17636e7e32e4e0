using System.Globalization;
using System.Security.Claims;
using WireDesk.Core.Accounts;

namespace WireDesk.Web.Desk.Accounts;

/// <summary>The signed-in desk user as claims in the session cookie, and back.</summary>
public static class DeskPrincipal
{
    public const string Scheme = "WireDesk.Desk";

    public static ClaimsPrincipal For(DeskUser user) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, user.Name),
        new Claim(ClaimTypes.Role, user.Role.ToString()),
    ], Scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static string Name(ClaimsPrincipal principal) => principal.Identity?.Name ?? "";

    public static long? Id(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static DeskRole? Role(ClaimsPrincipal principal) =>
        Enum.TryParse<DeskRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool CanAct(ClaimsPrincipal principal) => Role(principal) is DeskRole.Editor or DeskRole.Admin;

    public static bool IsAdmin(ClaimsPrincipal principal) => Role(principal) is DeskRole.Admin;
}
