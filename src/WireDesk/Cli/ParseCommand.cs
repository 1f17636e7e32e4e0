using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using WireDesk.Formats;
using WireDesk.Formats.Canonical;

namespace WireDesk.Cli;

/// <summary><c>wiredesk parse FILE... [--json] [--stats]</c>: parse without storing.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to parse", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array: one object per story, and {file, error} per failure" };
        var stats = new Option<bool>("--stats") { Description = "Print only one line of totals and throughput" };
        var source = new Option<string>("--source") { Description = "Source name to parse as", DefaultValueFactory = _ => "file" };
        var zone = new Option<string>("--zone") { Description = "Default time zone (IANA)", DefaultValueFactory = _ => "Asia/Kolkata" };
        var format = new Option<string?>("--format") { Description = "Skip detection and read as this format" };
        var passes = new Option<int>("--passes")
        {
            Description = "With --stats: parse everything this many times in one process and report the fastest pass (the steady-state rate, without start-up)",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("parse", "Parse agency files and print the canonical stories, without storing them")
        {
            paths, json, stats, source, zone, format, passes,
        };
        command.SetAction(parse =>
        {
            var zoneId = parse.GetValue(zone)!;
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not { } tz)
            {
                Console.Error.WriteLine($"error: unknown time zone '{zoneId}'");
                return 2;
            }
            var context = new ParseContext(parse.GetValue(source)!) { Zone = tz };
            var files = CommonOptions.ExpandFiles(parse.GetValue(paths)!);
            var reader = new StoryReader(ParserRegistry.All());
            if (parse.GetValue(passes) < 1)
            {
                Console.Error.WriteLine("error: --passes must be 1 or more");
                return 2;
            }
            return parse.GetValue(stats)
                ? PrintStats(reader, [.. files], context, parse.GetValue(format), parse.GetValue(passes))
                : PrintStories(reader, files, context, parse.GetValue(json), parse.GetValue(format));
        });
        return command;
    }

    private static int PrintStories(StoryReader reader, IEnumerable<string> files, ParseContext context, bool asJson, string? format)
    {
        var failed = false;
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (asJson) json.WriteStartArray();
        foreach (var file in files)
        {
            var result = Read(reader, file, context, format);
            foreach (var story in result.Stories)
            {
                if (asJson) StoryJsonWriter.Write(json, story);
                else PrintText(story, file);
            }
            foreach (var error in result.Errors)
            {
                failed = true;
                if (asJson)
                {
                    json.WriteStartObject();
                    json.WriteString("file", file);
                    json.WriteString("where", error.Where);
                    json.WriteString("error", error.Message);
                    json.WriteEndObject();
                }
                else
                {
                    Console.Error.WriteLine($"{file}: {(error.Where == file ? "" : error.Where + ": ")}{error.Message}");
                }
            }
        }
        if (asJson)
        {
            json.WriteEndArray();
            json.Flush();
            stdout.WriteByte((byte)'\n');
        }
        return failed ? 1 : 0;
    }

    private static void PrintText(Core.Stories.Story story, string file)
    {
        Console.WriteLine($"{file}: [{story.Format}] {story.Agency} {story.Guid} v{story.Version?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        Console.WriteLine($"  {story.Headline}");
        if (story.Dateline is { } d) Console.WriteLine($"  dateline: {d.Text}");
        Console.WriteLine($"  {story.Body.Paragraphs.Count} paragraphs, {story.PubStatus.ToString().ToLowerInvariant()}");
        foreach (var warning in story.Warnings) Console.WriteLine($"  warning: {warning}");
    }

    private static int PrintStats(StoryReader reader, IReadOnlyList<string> files, ParseContext context, string? format, int passes)
    {
        var fastest = Pass(reader, files, context, format);
        for (var pass = 1; pass < passes; pass++)
            if (Pass(reader, files, context, format) is var next && next.Seconds < fastest.Seconds) fastest = next;
        var (items, errors, bytes, seconds) = fastest;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {files.Count}, items {items}, errors {errors}, bytes {bytes}, seconds {seconds:F3}, MB/s {bytes / 1e6 / Math.Max(seconds, 1e-9):F1}, items/s {items / Math.Max(seconds, 1e-9):F0}{(passes > 1 ? $", fastest of {passes} passes" : "")}"));
        return 0;
    }

    /// <summary>One pass over the files, each read from disk inside the clock.</summary>
    private static (long Items, long Errors, long Bytes, double Seconds) Pass(StoryReader reader, IReadOnlyList<string> files, ParseContext context, string? format)
    {
        long items = 0, errors = 0, bytes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var document = Load(file);
            bytes += document?.Bytes.Length ?? 0;
            var result = document is null ? null : reader.Read(document, context, format);
            items += result?.Stories.Count ?? 0;
            errors += result?.Errors.Count ?? 1;
        }
        return (items, errors, bytes, clock.Elapsed.TotalSeconds);
    }

    private static ReadResult Read(StoryReader reader, string file, ParseContext context, string? format) =>
        Load(file) is { } document ? reader.Read(document, context, format) : ReadResult.Failed(file, null, "cannot read the file");

    private static SourceDocument? Load(string file)
    {
        try
        {
            return new SourceDocument(File.ReadAllBytes(file), null, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: {e.Message}");
            return null;
        }
    }
}
