using System.CommandLine;
using System.Globalization;
using WireDesk.Composition;
using WireDesk.Core.Desk;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Cli;

/// <summary>The desk from the command line: <c>story</c>, <c>held</c>, <c>release</c>, <c>withhold</c>, <c>kill</c>, <c>audit</c>.</summary>
public static class StoryCommands
{
    private static readonly Option<string> User = new("--user")
    {
        Description = "Who is acting, for the audit log",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public static IEnumerable<Command> Create()
    {
        yield return WithId("story", "Show a story: its state, versions and audit", async (w, id, _, ct) =>
        {
            if (await w.Store.GetAsync(id, ct) is not { } story) return NotFound(id);
            PrintStory(story, w.Time.GetUtcNow());
            Console.WriteLine("versions:");
            foreach (var v in await w.Store.GetVersionsAsync(id, ct))
                Console.WriteLine($"  #{v.Id} v{v.Version?.ToString(CultureInfo.InvariantCulture) ?? "-"} created {v.VersionCreated?.ToString("O") ?? "-"} received {v.ReceivedAt:O} {v.Story.PubStatus.ToString().ToLowerInvariant()}{(v.Id == story.CurrentVersionId ? " (current)" : "")} \"{v.Story.Headline}\"");
            await PrintAuditAsync(w, id, ct);
            return 0;
        });
        yield return WithId("audit", "Show a story's audit log", async (w, id, _, ct) =>
        {
            if (await w.Store.GetAsync(id, ct) is null) return NotFound(id);
            await PrintAuditAsync(w, id, ct);
            return 0;
        });
        yield return WithId("release", "Release a held story", (w, id, p, ct) => Act(w.Editor.ReleaseAsync(id, p.GetValue(User)!, ct), "released"));
        yield return WithId("withhold", "Take a story down reversibly (404)", (w, id, p, ct) => Act(w.Editor.WithholdAsync(id, p.GetValue(User)!, null, ct), "withheld"));
        yield return WithId("review", "Mark a story reviewed", (w, id, p, ct) => Act(w.Editor.MarkReviewedAsync(id, p.GetValue(User)!, ct), "reviewed"));

        var reason = new Option<string>("--reason") { Description = "Why the story is killed", Required = true };
        var kill = WithId("kill", "Kill a story everywhere (410)", (w, id, p, ct) => Act(w.Editor.KillAsync(id, p.GetValue(User)!, p.GetValue(reason)!, ct), "killed"));
        kill.Options.Add(reason);
        yield return kill;

        var headline = new Argument<string>("headline") { Description = "The new headline" };
        var retitle = WithId("headline", "Override a story's headline (the body stays the agency's)",
            (w, id, p, ct) => Act(w.Editor.OverrideHeadlineAsync(id, p.GetValue(User)!, p.GetValue(headline)!, ct), "headline set"));
        retitle.Arguments.Add(headline);
        yield return retitle;

        var held = new Command("held", "List held and withheld stories with their reasons");
        held.SetAction(async (parse, ct) =>
        {
            await using var w = await Workspace.OpenAsync(CommonOptions.Workspace(parse), ct);
            var stories = await w.Store.ListAsync(new StoryQuery { States = [StoryState.Held, StoryState.Withheld], Limit = 500 }, ct);
            foreach (var s in stories)
                Console.WriteLine($"{s.Id}\t{s.State.ToString().ToLowerInvariant()}\t{s.Source}\t{s.HoldReason}\t{s.DisplayHeadline}");
            if (stories.Count == 0) Console.WriteLine("nothing held");
            return 0;
        });
        yield return held;
    }

    private static Command WithId(string name, string description, Func<Workspace, long, ParseResult, CancellationToken, Task<int>> run)
    {
        var id = new Argument<long>("id") { Description = "Story id" };
        var command = new Command(name, description) { id, User };
        command.SetAction(async (parse, ct) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), ct);
            return await run(workspace, parse.GetValue(id), parse, ct);
        });
        return command;
    }

    private static async Task<int> Act(Task<ActionResult> action, string done)
    {
        var result = await action;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"error: {result.Error}");
            return 1;
        }
        Console.WriteLine($"{done} {result.Story!.Id} {result.Story.Path} ({result.Story.State.ToString().ToLowerInvariant()})");
        return 0;
    }

    private static int NotFound(long id)
    {
        Console.Error.WriteLine($"error: story {id} does not exist");
        return 1;
    }

    private static void PrintStory(StoredStory s, DateTimeOffset now)
    {
        Console.WriteLine($"story {s.Id}: {s.DisplayHeadline}");
        Console.WriteLine($"  url: {s.Path}");
        Console.WriteLine($"  source: {s.Source}  agency: {s.Current.Agency}  guid: {s.Guid}");
        Console.WriteLine($"  state: {s.State.ToString().ToLowerInvariant()}  reader sees: {Visibility.OutcomeFor(s, now).ToString().ToLowerInvariant()}");
        if (s.HoldReason is { } hold) Console.WriteLine($"  reason: {hold}");
        if (s.KillReason is { } killReason) Console.WriteLine($"  killed: {killReason}");
        if (s.EmbargoUntil is { } e) Console.WriteLine($"  embargo until: {e:O}");
        Console.WriteLine($"  published: {s.PublishedAt?.ToString("O") ?? "-"}  modified: {s.ModifiedAt?.ToString("O") ?? "-"}");
        Console.WriteLine($"  section: {s.Section ?? "-"}  reviewed: {s.Reviewed}  edited: {s.Edited}  cluster: {s.ClusterId?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        if (s.HeadlineOverride is not null) Console.WriteLine($"  agency headline: {s.Current.Headline}");
    }

    private static async Task PrintAuditAsync(Workspace w, long id, CancellationToken ct)
    {
        Console.WriteLine("audit:");
        foreach (var a in await w.Store.GetAuditAsync(id, ct))
            Console.WriteLine($"  {a.At:O} {a.Action} by {a.Actor}{(a.VersionId is { } v ? $" (version #{v})" : "")}{(a.Detail is { } d ? $": {d}" : "")}");
    }
}
