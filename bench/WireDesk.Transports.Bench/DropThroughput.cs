using System.Diagnostics;
using System.Globalization;

namespace WireDesk.Transports.Bench;

/// <summary>
/// Writes N files (plain text and ninjs, alternating) into a drop folder of a running <c>wiredesk serve</c> (each
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
        for (var i = 0; i < files; i++)
        {
            var (name, text) = i % 2 == 0 ? ($"item-{i:000000}.txt", Copy.PlainText(i)) : ($"item-{i:000000}.json", Copy.Ninjs(i));
            await File.WriteAllTextAsync(Path.Combine(staging, name), text);
        }
        var clock = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(staging))
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)));
        var moved = clock.Elapsed;
        var failedFolder = Path.Combine(folder, "failed");
        int done;
        while ((done = Count(processed) + Count(failedFolder) / 2) < files && clock.Elapsed < TimeSpan.FromMinutes(30))
            await Task.Delay(100);
        var elapsed = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drop: {files} files (moved in {moved.TotalSeconds:F1} s) settled in {elapsed.TotalSeconds:F1} s: {done / elapsed.TotalSeconds:F0} files/s; processed {Count(processed)}, failed {Count(failedFolder) / 2}"));
        Directory.Delete(staging, recursive: true);
        return 0;
    }

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
}
