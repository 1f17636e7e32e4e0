using WireDesk.Core.Accounts;

namespace WireDesk.Core.Tests.Desk;

public class LockoutTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 9, 10, 0, 0, TimeSpan.Zero);

    private static readonly DeskUser Asha = new() { Name = "asha", Role = DeskRole.Editor, PasswordHash = "h", CreatedAt = T0 };

    [Fact]
    public void Five_failures_within_fifteen_minutes_of_each_other_lock_the_account_for_fifteen_minutes()
    {
        var user = Asha;
        for (var i = 0; i < 4; i++)
        {
            user = Lockout.AfterFailure(user, T0.AddMinutes(i * 3));
            Assert.False(Lockout.IsLocked(user, T0.AddMinutes(i * 3)));
        }
        user = Lockout.AfterFailure(user, T0.AddMinutes(12));

        Assert.Equal(5, user.FailedSignIns);
        Assert.True(Lockout.IsLocked(user, T0.AddMinutes(12)));
        Assert.True(Lockout.IsLocked(user, T0.AddMinutes(26)));
        Assert.False(Lockout.IsLocked(user, T0.AddMinutes(27)));
    }

    [Fact]
    public void A_failure_more_than_fifteen_minutes_after_the_last_starts_a_new_count()
    {
        var user = Asha;
        for (var i = 0; i < 4; i++) user = Lockout.AfterFailure(user, T0.AddMinutes(i));
        user = Lockout.AfterFailure(user, T0.AddMinutes(3 + 16));

        Assert.Equal(1, user.FailedSignIns);
        Assert.False(Lockout.IsLocked(user, T0.AddMinutes(19)));
    }

    [Fact]
    public void A_success_clears_the_count_and_an_expired_lock_does_not_relock_on_one_more_mistake()
    {
        var user = Asha;
        for (var i = 0; i < 5; i++) user = Lockout.AfterFailure(user, T0.AddMinutes(i));
        Assert.True(Lockout.IsLocked(user, T0.AddMinutes(5)));

        var afterLock = Lockout.AfterFailure(user, T0.AddMinutes(4 + 15));
        Assert.Equal(1, afterLock.FailedSignIns);
        Assert.False(Lockout.IsLocked(afterLock, T0.AddMinutes(19)));

        var cleared = Lockout.AfterSuccess(user);
        Assert.Equal((0, null, null), (cleared.FailedSignIns, cleared.LastFailedAt, cleared.LockedUntil));
    }
}
