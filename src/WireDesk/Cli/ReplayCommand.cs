using System.CommandLine;
using System.Globalization;
using WireDesk.Composition;
using WireDesk.Core.Inbox;
using WireDesk.Ingest.Inbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace WireDesk.Cli;

/// <summary>
/// <c>wiredesk replay ID</c>, <c>wiredesk replay --failed</c>: put deliveries back in the inbox and process them now,
/// e.g. after a parser fix. <c>wiredesk failed</c> lists what is quarantined and why.
/// </summary>
public static class ReplayCommand
{
    public static IEnumerable<Command> Create()
    {
        var id = new Argument<long?>("id") { Description = "Delivery id (the receipt id)", Arity = ArgumentArity.ZeroOrOne };
        var failed = new Option<bool>("--failed") { Description = "Replay every quarantined delivery" };
        var replay = new Command("replay", "Process a delivery again (or every failed one) through the pipeline") { id, failed };
        replay.SetAction(async (parse, ct) =>
        {
            var one = parse.GetValue(id);
            if (one is null == !parse.GetValue(failed))
            {
                Console.Error.WriteLine("error: give a delivery id or --failed");
                return 2;
            }
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), ct);
            if (one is { } deliveryId)
            {
                if (!await workspace.Inbox.ReplayAsync(deliveryId, ct))
                {
                    Console.Error.WriteLine($"error: delivery {deliveryId} does not exist");
                    return 1;
                }
                if (await workspace.Inbox.ClaimByIdAsync(deliveryId, workspace.Pipeline.NewClaim(), ct) is not { } item)
                {
                    Console.WriteLine($"replayed {deliveryId}: queued (another process holds it)");
                    return 0;
                }
                var report = await workspace.Pipeline.ProcessClaimedAsync(item, ct);
                foreach (var line in IngestCommand.Lines(report, report.Name)) Console.WriteLine(line);
                return report.Failed ? 1 : 0;
            }
            var count = await workspace.Inbox.ReplayFailedAsync(ct);
            var worker = new InboxWorker(workspace.Inbox, workspace.Pipeline, workspace.InboxSignal, NullLogger<InboxWorker>.Instance, workspace.Metrics);
            await worker.DrainAsync(ct);
            var still = await workspace.Inbox.ListFailedAsync(1000, ct);
            Console.WriteLine($"replayed {count} failed deliveries; {count - still.Count} now processed, {still.Count} still failed");
            return still.Count > 0 ? 1 : 0;
        });
        yield return replay;

        var list = new Command("failed", "List quarantined deliveries and why they failed");
        list.SetAction(async (parse, ct) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), ct);
            var entries = await workspace.Inbox.ListFailedAsync(200, ct);
            foreach (var e in entries) Console.WriteLine(Line(e));
            if (entries.Count == 0) Console.WriteLine("no failed deliveries");
            return 0;
        });
        yield return list;
    }

    private static string Line(InboxEntry e) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{e.Id}\t{e.Source}\t{e.Transport}\t{e.ReceivedAt:O}\t{e.Name ?? "-"}\t{e.Error}");
}
