using WireDesk.Core.Accounts;
using WireDesk.Core.Ports;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    private IUserStore Users => Store;

    private static DeskUser NewUser(string name, DeskRole role = DeskRole.Editor) => new()
    {
        Name = name,
        Role = role,
        PasswordHash = $"AQAAAAIAAYagAAAAE-hash-of-{name}",
        CreatedAt = new DateTimeOffset(2026, 1, 9, 15, 55, 10, 123, Ist),
    };

    [Fact]
    public async Task A_user_comes_back_by_name_and_by_id_with_its_role_hash_and_creation_time()
    {
        var added = await Users.AddAsync(NewUser("asha", DeskRole.Admin), Ct);

        var byName = await Users.FindAsync("asha", Ct);
        var byId = await Users.GetAsync(added.Id, Ct);

        Assert.True(added.Id > 0);
        Assert.Equal(added, byName);
        Assert.Equal(added, byId);
        Assert.Equal(DeskRole.Admin, added.Role);
        Assert.Equal("AQAAAAIAAYagAAAAE-hash-of-asha", added.PasswordHash);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 10, 123, Ist), added.CreatedAt);
        Assert.Equal(0, added.FailedSignIns);
        Assert.Null(added.LockedUntil);
    }

    [Fact]
    public async Task A_second_user_with_a_taken_name_is_refused_and_the_first_is_kept()
    {
        await Users.AddAsync(NewUser("ravi", DeskRole.Viewer), Ct);

        var refused = await Assert.ThrowsAsync<UserAlreadyExistsException>(() => Users.AddAsync(NewUser("ravi", DeskRole.Admin), Ct));

        Assert.Equal("ravi", refused.UserName);
        Assert.Equal(DeskRole.Viewer, (await Users.FindAsync("ravi", Ct))!.Role);
        Assert.Single(await Users.ListAsync(Ct));
    }

    [Fact]
    public async Task Updating_a_user_writes_its_role_hash_and_sign_in_failures_and_nothing_else()
    {
        var added = await Users.AddAsync(NewUser("meera"), Ct);
        var failedAt = new DateTimeOffset(2026, 1, 9, 16, 0, 0, Ist);
        var changed = added with
        {
            Role = DeskRole.Admin,
            PasswordHash = "new-hash",
            FailedSignIns = 5,
            LastFailedAt = failedAt,
            LockedUntil = failedAt + Lockout.Window,
        };

        Assert.True(await Users.UpdateAsync(changed, Ct));
        Assert.Equal(changed, await Users.FindAsync("meera", Ct));

        Assert.True(await Users.UpdateAsync(Lockout.AfterSuccess(changed), Ct));
        var cleared = await Users.FindAsync("meera", Ct);
        Assert.Equal(0, cleared!.FailedSignIns);
        Assert.Null(cleared.LastFailedAt);
        Assert.Null(cleared.LockedUntil);
        Assert.False(await Users.UpdateAsync(changed with { Id = 999_999 }, Ct));
    }

    [Fact]
    public async Task Users_are_listed_by_name_and_an_unknown_name_is_null()
    {
        foreach (var name in new[] { "zoe", "anil", "kiran" }) await Users.AddAsync(NewUser(name), Ct);

        Assert.Equal(["anil", "kiran", "zoe"], (await Users.ListAsync(Ct)).Select(u => u.Name));
        Assert.Null(await Users.FindAsync("nobody", Ct));
        Assert.Null(await Users.GetAsync(424242, Ct));
    }
}
