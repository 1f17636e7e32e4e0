using System.Text.RegularExpressions;

namespace WireDesk.Core.Accounts;

/// <summary>Desk user names: lower-case letters, digits, dot, dash and underscore, 1 to 64 long.</summary>
public static partial class UserNames
{
    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    /// <summary>Why the (normalized) name cannot be used, or null when it can.</summary>
    public static string? Problem(string name) =>
        Pattern().IsMatch(name) ? null : $"user name '{name}' must be 1-64 of a-z, 0-9, '.', '-' or '_', starting with a letter or digit";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
