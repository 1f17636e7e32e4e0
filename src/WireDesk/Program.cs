using WireDesk.Cli;

return await CliApp.RunAsync(args);
