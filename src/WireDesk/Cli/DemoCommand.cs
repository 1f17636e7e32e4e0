using Microsoft.Extensions.Hosting;
using System.CommandLine;
using WireDesk.Composition;
using WireDesk.Core.Accounts;
using WireDesk.Demo;
using WireDesk.Web.Desk.Accounts;

namespace WireDesk.Cli;

/// <summary><c>wiredesk demo [--with PATH...]</c>: a fresh data folder loaded with our sample copy, served.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var with = new Option<string[]>("--with") { Description = "More files or folders to ingest (e.g. ../shared/corpus/seed)", AllowMultipleArgumentsPerToken = true };
        var noServe = new Option<bool>("--no-serve") { Description = "Load the demo and exit without serving" };
        var command = new Command("demo", "Serve a fresh site loaded with sample copy in every agency style") { with, noServe, ServeCommand.Urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = Path.Combine(Path.GetTempPath(), $"wiredesk-demo-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
            await DemoSetup.WriteSourcesAsync(data, cancellationToken);
            await using var workspace = await Workspace.OpenAsync(new WorkspaceOptions(data), cancellationToken);
            Console.WriteLine($"Demo data folder: {data}");
            foreach (var (name, bytes) in DemoCopy.Files())
            {
                var source = DemoCopy.SourceOf(name);
                var report = await workspace.Pipeline.IngestAsync(new Formats.SourceDocument(bytes, "text/plain; charset=utf-8", name), source, "demo", cancellationToken);
                foreach (var line in IngestCommand.Lines(report, name)) Console.WriteLine($"  {line}");
            }
            foreach (var file in CommonOptions.ExpandFiles(parse.GetValue(with) ?? []))
                foreach (var line in await IngestCommand.IngestFileAsync(workspace, file, "file", cancellationToken))
                    Console.WriteLine($"  {line}");
            var password = DeskPasswords.Generate();
            var accounts = new DeskAccounts(workspace.Users, workspace.DeskLog, workspace.Time);
            var (admin, error) = await accounts.CreateAsync("admin", DeskRole.Admin, password, "cli:demo", cancellationToken);
            if (admin is null) Console.Error.WriteLine($"error: {error}");
            else Console.WriteLine($"Desk admin: name {admin.Name}, password {password}");
            if (parse.GetValue(noServe)) return 0;

            var app = WireDeskServer.Build(workspace, parse.GetValue(ServeCommand.Urls)!);
            await app.StartAsync(cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"WireDesk demo is live at {string.Join(", ", app.Urls)}  (Ctrl+C to stop)");
            Console.WriteLine($"The editors' desk is at {app.Urls.First().TrimEnd('/')}/desk  (sign in as admin with the password above)");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
