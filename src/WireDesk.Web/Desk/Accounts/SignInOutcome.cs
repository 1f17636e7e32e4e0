using WireDesk.Core.Accounts;

namespace WireDesk.Web.Desk.Accounts;

/// <summary>A sign-in attempt's result: the user, wrong name or password, or a locked account and until when.</summary>
public sealed record SignInOutcome(DeskUser? User, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => User is not null;

    public bool LockedOut => LockedUntil is not null;

    public static SignInOutcome Wrong { get; } = new(null, null);
}
