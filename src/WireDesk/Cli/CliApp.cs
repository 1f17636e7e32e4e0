using System.CommandLine;

namespace WireDesk.Cli;

/// <summary>The <c>wiredesk</c> command line: every command, in one place.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("WireDesk: agency copy in, verbatim story pages, feeds and API out")
        {
            CommonOptions.Data, CommonOptions.Sources, CommonOptions.Postgres,
            ParseCommand.Create(),
            IngestCommand.Create(),
            ServeCommand.Create(),
            DemoCommand.Create(),
            UsersCommand.Create(),
        };
        foreach (var command in StoryCommands.Create()) root.Subcommands.Add(command);
        return root.Parse(args).InvokeAsync();
    }
}
