using WireDesk.Core.Accounts;
using WireDesk.Core.Desk;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Desk.Accounts;

/// <summary>Creating desk accounts and checking sign-ins against the stored hash and the lockout rule.</summary>
public sealed class DeskAccounts(IUserStore users, IDeskLog log, TimeProvider time)
{
    // Verified when the name is unknown, so that a wrong name takes as long as a wrong password.
    private static readonly string DecoyHash = DeskPasswords.Hash(DeskPasswords.Generate());

    /// <summary>Creates the account; the error says why not (bad name, weak password, name taken).</summary>
    public async Task<(DeskUser? User, string? Error)> CreateAsync(string name, DeskRole role, string password, string actor,
        CancellationToken cancellationToken)
    {
        var normalized = UserNames.Normalize(name);
        if (UserNames.Problem(normalized) is { } nameProblem) return (null, nameProblem);
        if (DeskPasswords.Problem(password) is { } passwordProblem) return (null, passwordProblem);
        var now = time.GetUtcNow();
        try
        {
            var user = await users.AddAsync(new DeskUser
            {
                Name = normalized,
                Role = role,
                PasswordHash = DeskPasswords.Hash(password),
                CreatedAt = now,
            }, cancellationToken);
            await log.AddDeskChangeAsync(new DeskChange(now, actor, "account added", user.Name, $"role {role.ToString().ToLowerInvariant()}"), cancellationToken);
            return (user, null);
        }
        catch (UserAlreadyExistsException e)
        {
            return (null, e.Message);
        }
    }

    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = await users.FindAsync(UserNames.Normalize(name), cancellationToken);
        if (user is null)
        {
            DeskPasswords.Verify(DecoyHash, password);
            return SignInOutcome.Wrong;
        }
        // A locked account is refused without looking at the password, so guessing during the lock learns nothing.
        if (Lockout.IsLocked(user, now)) return new SignInOutcome(null, user.LockedUntil);

        var (matches, rehash) = DeskPasswords.Verify(user.PasswordHash, password);
        if (!matches)
        {
            var failed = Lockout.AfterFailure(user, now);
            await users.UpdateAsync(failed, cancellationToken);
            return Lockout.IsLocked(failed, now) ? new SignInOutcome(null, failed.LockedUntil) : SignInOutcome.Wrong;
        }
        var signedIn = Lockout.AfterSuccess(user) with { PasswordHash = rehash ? DeskPasswords.Hash(password) : user.PasswordHash };
        if (signedIn != user) await users.UpdateAsync(signedIn, cancellationToken);
        return new SignInOutcome(signedIn, null);
    }
}
