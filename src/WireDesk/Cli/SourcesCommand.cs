using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WireDesk.Composition;
using WireDesk.Core.Health;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Cli;

/// <summary><c>wiredesk sources</c>: each source's health as a table; <c>wiredesk sources add NAME ...</c> appends a source.</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Show every source's health (last success, errors, items in 24 h, lag, quiet)");
        command.SetAction(async (parse, ct) =>
        {
            await using var workspace = await Workspace.OpenAsync(CommonOptions.Workspace(parse), ct);
            // As the server last saved them: this process runs no subscriber of its own.
            var webSubFile = Path.Combine(workspace.DataDirectory, WebSubOptions.FileName);
            var health = await new SourceHealthQuery(workspace.Sources, workspace.SourceStatus, workspace.Time,
                token => WebSubSubscriptionFile.ReadAsync(webSubFile, token)).ListAsync(ct);
            Print(health);
            return health.Any(h => h.Status == "failing") ? 1 : 0;
        });
        command.Subcommands.Add(Add());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Source name (used in URLs: /ingest/NAME)" };
        var transport = new Option<string>("--transport") { Description = "push, drop, poll, websub or file", DefaultValueFactory = _ => "file" };
        var format = new Option<string?>("--format") { Description = "Format to read instead of detecting it" };
        var folder = new Option<string?>("--folder") { Description = "Drop folder, relative to the data folder" };
        var url = new Option<string?>("--url") { Description = "Feed or API URL to poll" };
        var apiKeyEnv = new Option<string?>("--api-key-env") { Description = "Environment variable holding the push API key" };
        var hmacEnv = new Option<string?>("--hmac-secret-env") { Description = "Environment variable holding the push HMAC secret" };
        var agency = new Option<string?>("--agency") { Description = "Agency named in bylines when the copy does not say" };
        var zone = new Option<string>("--zone") { Description = "Default time zone (IANA)", DefaultValueFactory = _ => "Asia/Kolkata" };
        var interval = new Option<int>("--interval") { Description = "Poll interval in seconds", DefaultValueFactory = _ => 60 };
        var idle = new Option<int>("--idle-minutes") { Description = "Minutes without copy before the source is flagged quiet", DefaultValueFactory = _ => 60 };
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Let polling reach private-network addresses" };
        var add = new Command("add", "Append a source to the sources file")
        {
            name, transport, format, folder, url, apiKeyEnv, hmacEnv, agency, zone, interval, idle, allowPrivate,
        };
        add.SetAction(async (parse, ct) =>
        {
            var options = CommonOptions.Workspace(parse);
            var path = Path.GetFullPath(options.SourcesPath ?? Path.Combine(options.DataDirectory, "sources.json"));
            var document = await SourcesFile.ReadAsync(path, ct);
            var sourceName = parse.GetValue(name)!;
            if (document.Sources.Any(s => string.Equals(s.Name, sourceName, StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine($"error: {path} already has a source named '{sourceName}'");
                return 1;
            }
            var definition = new SourceDefinition
            {
                Name = sourceName,
                Transport = parse.GetValue(transport)!.ToLowerInvariant(),
                Format = parse.GetValue(format),
                Folder = parse.GetValue(folder),
                Url = parse.GetValue(url),
                ApiKeyEnv = parse.GetValue(apiKeyEnv),
                HmacSecretEnv = parse.GetValue(hmacEnv),
                Agency = parse.GetValue(agency),
                TimeZone = parse.GetValue(zone)!,
                IntervalSeconds = parse.GetValue(interval),
                IdleMinutes = parse.GetValue(idle),
                AllowPrivateNetwork = parse.GetValue(allowPrivate),
            };
            if (Problem(definition) is { } problem)
            {
                Console.Error.WriteLine($"error: {problem}");
                return 2;
            }
            await SourcesFile.WriteAsync(path, document with { Sources = [.. document.Sources, definition] }, ct);
            Console.WriteLine($"added source {sourceName} ({definition.Transport}) to {path}; a running serve takes it within a second");
            return 0;
        });
        return add;
    }

    private static string? Problem(SourceDefinition s) => s.Transport switch
    {
        not ("push" or "drop" or "poll" or "websub" or "file") => $"transport '{s.Transport}' is not push, drop, poll, websub or file",
        "push" when s.ApiKeyEnv is null && s.HmacSecretEnv is null => "a push source needs --api-key-env or --hmac-secret-env",
        "poll" or "websub" when !Uri.TryCreate(s.Url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https") =>
            $"a {s.Transport} source needs an http(s) --url",
        _ when NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(s.TimeZone) is null => $"unknown time zone '{s.TimeZone}'",
        _ => null,
    };

    private static void Print(IReadOnlyList<SourceHealth> health)
    {
        if (health.Count == 0)
        {
            Console.WriteLine("no sources configured (add one with: wiredesk sources add NAME --transport ...)");
            return;
        }
        var table = new Table().AddColumns("source", "transport", "status", "last success", "last error", "failures", "items 24h", "receipt→live", "agency→live", "websub");
        foreach (var h in health)
            table.AddRow(
                Markup.Escape(h.Source), h.Transport,
                h.Status switch { "ok" => "[green]ok[/]", "failing" => "[red]failing[/]", "quiet" => "[yellow]quiet[/]", var s => s },
                When(h.LastSuccessAt), Markup.Escape(h.LastError is null ? "-" : $"{When(h.LastErrorAt)} {h.LastError}"),
                h.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture), h.ItemsLast24Hours.ToString(CultureInfo.InvariantCulture),
                Ms(h.ReceiptLagMs), Ms(h.AgencyLagMs), Markup.Escape(WebSub(h.WebSub)));
        AnsiConsole.Write(table);
    }

    private static string WebSub(WebSubHealth? w) => w switch
    {
        null => "-",
        { Status: "active" } => $"active until {When(w.ExpiresAt)}",
        { LastError: { } error } => $"{w.Status}: {error}",
        _ => w.Status,
    };

    private static string When(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    private static string Ms(double? ms) => ms switch
    {
        null => "-",
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.0} s"),
    };
}
