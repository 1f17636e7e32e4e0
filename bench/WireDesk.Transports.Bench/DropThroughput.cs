using System.Diagnostics;
using System.Globalization;

namespace WireDesk.Transports.Bench;

/// <summary>
/// Writes N files (plain text, ninjs, NewsML-G2, NITF and ANPA-1312 in turn) into a drop folder of a running <c>wiredesk serve</c> (each
/// written as a dotfile and renamed, as an uploader does) and measures how long until all are in processed/.
/// </summary>
public static class DropThroughput
{
    public static async Task<int> RunAsync(int files)
    {
        await using var server = await BenchServer.StartAsync();
        var folder = Path.Combine(server.DataDirectory, "drop", "pti");
        var processed = Path.Combine(folder, "processed");
        while (!Directory.Exists(processed)) await Task.Delay(50);

        var staging = Directory.CreateTempSubdirectory("wiredesk-bench-staging-").FullName;
        await WriteAsync(staging, files);
        var clock = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(staging))
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)));
        var moved = clock.Elapsed;
        var failedFolder = Path.Combine(folder, "failed");
        // The server takes files in name order, so the first name not yet settled moves forward through the list:
        // checking from there costs the bench a few stat calls per poll, where listing 50,000 files ten times a second
        // would take a good part of a core from the server it measures.
        var names = Enumerable.Range(0, files).Select(Name).Order(StringComparer.Ordinal).ToArray();
        var done = 0;
        while (done < files && clock.Elapsed < TimeSpan.FromMinutes(30))
        {
            while (done < files && (File.Exists(Path.Combine(processed, names[done])) || File.Exists(Path.Combine(failedFolder, names[done]))))
                done++;
            if (done < files) await Task.Delay(20);
        }
        var elapsed = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drop: {files} files (moved in {moved.TotalSeconds:F1} s) settled in {elapsed.TotalSeconds:F1} s: {done / elapsed.TotalSeconds:F0} files/s; processed {Count(processed)}, failed {Count(failedFolder) / 2}"));
        Directory.Delete(staging, recursive: true);
        return 0;
    }

    /// <summary>Writes the bench's <paramref name="files"/> files into <paramref name="folder"/>.</summary>
    public static async Task<int> WriteAsync(string folder, int files)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files; i++) await File.WriteAllTextAsync(Path.Combine(folder, Name(i)), Copy.Any(i));
        return 0;
    }

    private static string Name(int i) => $"item-{i:000000}{Copy.Extensions[i % Copy.Extensions.Length]}";

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
}
