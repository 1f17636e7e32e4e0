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
        var command = new Command("parse", "Parse agency files and print the canonical stories, without storing them")
        {
            paths, json, stats, source, zone, format,
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
            return parse.GetValue(stats)
                ? PrintStats(reader, files, context, parse.GetValue(format))
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

    private static int PrintStats(StoryReader reader, IEnumerable<string> files, ParseContext context, string? format)
    {
        long fileCount = 0, items = 0, errors = 0, bytes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            fileCount++;
            var document = Load(file);
            bytes += document?.Bytes.Length ?? 0;
            var result = document is null ? null : reader.Read(document, context, format);
            items += result?.Stories.Count ?? 0;
            errors += result?.Errors.Count ?? 1;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {fileCount}, items {items}, errors {errors}, bytes {bytes}, seconds {seconds:F3}, MB/s {bytes / 1e6 / Math.Max(seconds, 1e-9):F1}, items/s {items / Math.Max(seconds, 1e-9):F0}"));
        return 0;
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
