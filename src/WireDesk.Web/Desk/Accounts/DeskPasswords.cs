using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using WireDesk.Core.Accounts;

namespace WireDesk.Web.Desk.Accounts;

/// <summary>
/// Desk passwords: ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, salted, 100,000 iterations in its v3 format),
/// the minimum a password must meet, and random passwords for new accounts.
/// </summary>
public static class DeskPasswords
{
    public const int MinimumLength = 10;

    private static readonly PasswordHasher<DeskUser> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Whether the password matches, and whether the hash should be rewritten in the current format.</summary>
    public static (bool Matches, bool Rehash) Verify(string hash, string password)
    {
        var result = Hasher.VerifyHashedPassword(null!, hash, password);
        return (result != PasswordVerificationResult.Failed, result == PasswordVerificationResult.SuccessRehashNeeded);
    }

    /// <summary>Why the password cannot be used, or null.</summary>
    public static string? Problem(string password) =>
        password.Length < MinimumLength ? $"the password must be at least {MinimumLength} characters" :
        string.IsNullOrWhiteSpace(password) ? "the password is blank" : null;

    /// <summary>A random password of 20 URL-safe characters (120 bits).</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
}
