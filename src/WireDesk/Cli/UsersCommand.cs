using System.CommandLine;
using System.Text;
using WireDesk.Composition;
using WireDesk.Core.Accounts;
using WireDesk.Web.Desk.Accounts;

namespace WireDesk.Cli;

/// <summary>
/// <c>wiredesk users add NAME --role admin|editor|viewer [--password-env VAR]</c> and <c>wiredesk users list</c>: the
/// desk's accounts. Without --password-env the password is asked for (twice, not echoed) or read from redirected input.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "User name (a-z, 0-9, '.', '-', '_')" };
        var role = new Option<DeskRole>("--role") { Description = "admin, editor or viewer", DefaultValueFactory = _ => DeskRole.Editor };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Read the password from this environment variable" };
        var add = new Command("add", "Create a desk account") { name, role, passwordEnv };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var password = ReadPassword(parse.GetValue(passwordEnv));
            if (password is null) return 2;
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), cancellationToken);
            var accounts = new DeskAccounts(workspace.Users, workspace.DeskLog, workspace.Time);
            var (user, error) = await accounts.CreateAsync(parse.GetValue(name)!, parse.GetValue(role), password, $"cli:{Environment.UserName}", cancellationToken);
            if (error is not null)
            {
                Console.Error.WriteLine($"error: {error}");
                return 1;
            }
            Console.WriteLine($"added {user!.Name} ({user.Role.ToString().ToLowerInvariant()})");
            return 0;
        });

        var list = new Command("list", "List desk accounts");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), cancellationToken);
            var now = workspace.Time.GetUtcNow();
            foreach (var user in await workspace.Users.ListAsync(cancellationToken))
                Console.WriteLine($"{user.Name}\t{user.Role.ToString().ToLowerInvariant()}\tcreated {user.CreatedAt:O}{(Lockout.IsLocked(user, now) ? $"\tlocked until {user.LockedUntil:O}" : "")}");
            return 0;
        });

        return new Command("users", "Desk accounts: add, list") { add, list };
    }

    private static string? ReadPassword(string? environmentVariable)
    {
        if (environmentVariable is not null)
        {
            var fromEnv = Environment.GetEnvironmentVariable(environmentVariable);
            if (string.IsNullOrEmpty(fromEnv)) Console.Error.WriteLine($"error: environment variable {environmentVariable} is empty or not set");
            return string.IsNullOrEmpty(fromEnv) ? null : fromEnv;
        }
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        var first = Prompt("Password: ");
        if (Prompt("Again: ") == first) return first;
        Console.Error.WriteLine("error: the passwords differ");
        return null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
