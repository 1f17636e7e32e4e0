using Microsoft.Extensions.Hosting;
using System.CommandLine;
using WireDesk.Composition;

namespace WireDesk.Cli;

/// <summary><c>wiredesk serve [--urls URL]</c>: the site, the APIs and the transports.</summary>
public static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the site from the data folder") { Urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), cancellationToken);
            var app = WireDeskServer.Build(workspace, parse.GetValue(Urls)!);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"WireDesk is serving {workspace.DataDirectory} at {string.Join(", ", app.Urls)}");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
