namespace WireDesk.Core.Accounts;

/// <summary>
/// A desk account. <see cref="PasswordHash"/> is an ASP.NET Core Identity hash, never the password; the sign-in
/// failure fields drive <see cref="Lockout"/>.
/// </summary>
public sealed record DeskUser
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required DeskRole Role { get; init; }
    public required string PasswordHash { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Failed sign-ins in a row within <see cref="Lockout.Window"/> of each other.</summary>
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LastFailedAt { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }

    public bool CanAct => Role is DeskRole.Editor or DeskRole.Admin;
}
