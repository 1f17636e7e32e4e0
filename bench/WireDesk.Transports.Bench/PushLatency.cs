using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace WireDesk.Transports.Bench;

/// <summary>
/// Pushes at a fixed rate into a real <c>wiredesk serve</c> and measures, per item, the time from the end of the push
/// request (202 received) to the story answering 200 at its article URL. The URL is found by one
/// <see cref="StoryWatcher"/> following the database; the clock stops when the article GET returns 200.
/// </summary>
public static class PushLatency
{
    public static async Task<int> RunAsync(int rate, int seconds)
    {
        await using var server = await BenchServer.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = server.Url };
        await using var watcher = new StoryWatcher(server.Database);
        watcher.Start();
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var total = rate * seconds;
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var n = i;
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    latencies.Add(await OneAsync(http, watcher, n));
                }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref failures) < 5) Console.Error.WriteLine($"item {n}: {e.Message}");
                }
            }));
        }
        await Task.WhenAll(tasks);
        var sent = clock.Elapsed;
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"push: {total} items at {rate}/s over {sent.TotalSeconds:F1} s; visible {sorted.Count}, failed {failures}; push end -> article 200: p50 {Percentiles.Of(sorted, 50):F1} ms, p90 {Percentiles.Of(sorted, 90):F1} ms, p99 {Percentiles.Of(sorted, 99):F1} ms, max {sorted.LastOrDefault():F1} ms"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<double> OneAsync(HttpClient http, StoryWatcher watcher, int n)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest/ani") { Content = new StringContent(Copy.PlainText(n), Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-WireDesk-Key", BenchServer.Key);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"push answered {(int)response.StatusCode}");
        var acknowledged = Stopwatch.GetTimestamp();
        var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("receipt").GetInt64();
        var path = await watcher.PathOfAsync(receipt).WaitAsync(TimeSpan.FromSeconds(60));
        while ((await http.GetAsync(path)).StatusCode != HttpStatusCode.OK)
            if (Stopwatch.GetElapsedTime(acknowledged) > TimeSpan.FromSeconds(60)) throw new TimeoutException(path);
        return Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds;
    }
}
