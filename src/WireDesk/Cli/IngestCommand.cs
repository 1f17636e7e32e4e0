using System.CommandLine;
using Spectre.Console;
using WireDesk.Composition;
using WireDesk.Core.Lifecycle;
using WireDesk.Formats;
using WireDesk.Ingest.Pipeline;

namespace WireDesk.Cli;

/// <summary>
/// <c>wiredesk ingest PATH...</c>: store and publish files; one line per story: <c>published URL-PATH</c>,
/// <c>held ID REASON</c>, <c>duplicate ID</c>, <c>rejected FILE REASON</c> and the other outcomes.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string>("--source") { Description = "The source the files come from", DefaultValueFactory = _ => "file" };
        var command = new Command("ingest", "Store and publish agency files") { paths, source };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), cancellationToken);
            var files = CommonOptions.ExpandFiles(parse.GetValue(paths)!).ToList();
            var rejected = 0;
            async Task IngestOne(string file)
            {
                foreach (var line in await IngestFileAsync(workspace, file, parse.GetValue(source)!, cancellationToken))
                {
                    if (line.StartsWith("rejected", StringComparison.Ordinal)) rejected++;
                    Console.WriteLine(line);
                }
            }
            if (files.Count > 20 && !Console.IsOutputRedirected)
            {
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        await IngestOne(file);
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var file in files) await IngestOne(file);
            }
            return rejected > 0 ? 1 : 0;
        });
        return command;
    }

    public static async Task<IReadOnlyList<string>> IngestFileAsync(Workspace workspace, string file, string source, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [$"rejected {file} {e.Message}"];
        }
        var report = await workspace.Pipeline.IngestAsync(new SourceDocument(bytes, null, file), source, "file", cancellationToken);
        return Lines(report, file);
    }

    public static IReadOnlyList<string> Lines(IngestReport report, string file)
    {
        var lines = report.Items.Select(Line).ToList();
        lines.AddRange(report.Errors.Select(e => $"rejected {file} {(e.Where == file ? "" : e.Where + ": ")}{e.Message}"));
        return lines;
    }

    private static string Line(ItemResult item)
    {
        var id = item.Story?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        return item.Outcome switch
        {
            Outcome.Published => $"published {item.Story!.Path}",
            Outcome.Updated => $"updated {item.Story!.Path} {item.Reason}",
            Outcome.Retransmission => $"duplicate {id}",
            Outcome.Held => $"held {id} {item.Reason}",
            Outcome.Embargoed => $"embargoed {id} until {item.Story!.EmbargoUntil:O}",
            Outcome.Withheld => $"withheld {id} {item.Reason}",
            Outcome.Killed => $"killed {id} {item.Reason}",
            Outcome.Dropped => $"dropped {id} {item.Reason}",
            _ => $"stored {id} {item.Reason}",
        };
    }
}
