namespace WireDesk.Core.Accounts;

/// <summary>
/// Repeated failed sign-ins lock an account: <see cref="MaxFailures"/> failures, each within <see cref="Window"/> of
/// the one before, lock it for <see cref="Window"/>. A success clears the count.
/// </summary>
public static class Lockout
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static bool IsLocked(DeskUser user, DateTimeOffset now) => user.LockedUntil is { } until && until > now;

    public static DeskUser AfterFailure(DeskUser user, DateTimeOffset now)
    {
        var streak = user.LastFailedAt is { } last && now - last <= Window && !LockExpired(user, now) ? user.FailedSignIns + 1 : 1;
        return user with
        {
            FailedSignIns = streak,
            LastFailedAt = now,
            LockedUntil = streak >= MaxFailures ? now + Window : user.LockedUntil is { } u && u > now ? u : null,
        };
    }

    public static DeskUser AfterSuccess(DeskUser user) => user with { FailedSignIns = 0, LastFailedAt = null, LockedUntil = null };

    // A lock that has run out starts a fresh count rather than locking again on the next single mistake.
    private static bool LockExpired(DeskUser user, DateTimeOffset now) => user.LockedUntil is { } until && until <= now;
}
