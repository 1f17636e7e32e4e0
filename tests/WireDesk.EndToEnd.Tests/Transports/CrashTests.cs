using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using WireDesk.Ingest.Sources;

namespace WireDesk.EndToEnd.Tests.Transports;

public sealed class CrashTests
{
    private const int Items = 2000;
    private const string Key = "crash-test-key";

    private static string Copy(int i) => $"""
        Crash test dispatch number {i} reaches the desk

        Bhubaneswar (Odisha) [India], January 9 (ANI): Dispatch {i} of the crash test was filed at {i % 24:00}:{i % 60:00} hours, officials said, with reference code {i * 7919 % 100000}.
        Item {i} carries its own closing line so that no two items read alike: {string.Join(' ', Enumerable.Range(0, 6).Select(k => ((i * 31 + k * 17) % 997).ToString(System.Globalization.CultureInfo.InvariantCulture)))}.
        """;

    [Fact]
    public async Task Every_acknowledged_push_is_published_exactly_once_across_a_sigkill_and_restart()
    {
        var data = Directory.CreateTempSubdirectory("wiredesk-crash-").FullName;
        await SourcesFile.WriteAsync(Path.Combine(data, "sources.json"), new SourcesDocument
        {
            Sources = [new SourceDefinition { Name = "ani", Transport = "push", Agency = "ANI", ApiKeyEnv = "WIREDESK_CRASH_KEY" }],
        }, CancellationToken.None);
        var environment = new Dictionary<string, string> { ["WIREDESK_CRASH_KEY"] = Key };
        var acknowledged = new ConcurrentDictionary<int, long>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var server = await ServerProcess.StartAsync(data, environment);
        var port = server.Url.Port;
        using (var killAt = new CancellationTokenSource())
        {
            var pushing = PushAllAsync(http, server.Url, acknowledged, Enumerable.Range(0, Items), stopOnFailure: true);
            while (acknowledged.Count < Items / 2) await Task.Delay(5);
            server.Kill();
            await pushing;
        }
        var beforeRestart = acknowledged.Count;
        Assert.InRange(beforeRestart, Items / 2, Items - 1);
        TestContext.Current.TestOutputHelper?.WriteLine($"acknowledged before SIGKILL: {beforeRestart}");

        using var restarted = await ServerProcess.StartAsync(data, environment, port);
        // The sender retries whatever was not acknowledged, with the same Idempotency-Key.
        await PushAllAsync(http, restarted.Url, acknowledged, Enumerable.Range(0, Items).Where(i => !acknowledged.ContainsKey(i)), stopOnFailure: false);
        Assert.Equal(Items, acknowledged.Count);

        var published = await WaitForPublishedAsync(Path.Combine(data, "wiredesk.db"), TimeSpan.FromSeconds(40));
        restarted.Kill();

        var missing = Enumerable.Range(0, Items).Where(i => !published.ContainsKey(i)).ToList();
        Assert.True(missing.Count == 0, $"acknowledged but not published: {string.Join(", ", missing.Take(20))}");
        var twice = published.Where(p => p.Value.Stories != 1 || p.Value.Versions != 1).ToList();
        Assert.True(twice.Count == 0, $"published more than once: {string.Join(", ", twice.Take(20).Select(t => $"{t.Key} ({t.Value.Stories} stories, {t.Value.Versions} versions)"))}");
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    private static async Task PushAllAsync(HttpClient http, Uri url, ConcurrentDictionary<int, long> acknowledged, IEnumerable<int> items, bool stopOnFailure)
    {
        using var stop = new CancellationTokenSource();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            if (stop.IsCancellationRequested) return;
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/ingest/ani"))
            {
                Content = new StringContent(Copy(i), Encoding.UTF8, "text/plain"),
            };
            request.Headers.Add("X-WireDesk-Key", Key);
            request.Headers.Add("Idempotency-Key", $"crash-{i}");
            try
            {
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Accepted) acknowledged[i] = 1;
                else if (!stopOnFailure) throw new InvalidOperationException($"item {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException) when (stopOnFailure)
            {
                stop.Cancel();
            }
            catch (TaskCanceledException) when (stopOnFailure)
            {
                stop.Cancel();
            }
        });
    }

    /// <summary>Per item number (from the headline): how many stories and versions carry it, once the inbox is empty.</summary>
    private static async Task<Dictionary<int, (int Stories, int Versions)>> WaitForPublishedAsync(string database, TimeSpan timeout)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && await ScalarAsync(connection, "SELECT COUNT(*) FROM deliveries WHERE status <> 'done'") > 0)
            await Task.Delay(200);
        Assert.Equal(0, await ScalarAsync(connection, "SELECT COUNT(*) FROM deliveries WHERE status <> 'done'"));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"deliveries {await ScalarAsync(connection, "SELECT COUNT(*) FROM deliveries")}, " +
            $"claimed more than once {await ScalarAsync(connection, "SELECT COUNT(*) FROM deliveries WHERE attempts > 1")}");

        var result = new Dictionary<int, (int, int)>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.headline, s.state, (SELECT COUNT(*) FROM story_versions v WHERE v.story_id = s.id) FROM stories s
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var headline = reader.GetString(0);
            var number = int.Parse(System.Text.RegularExpressions.Regex.Match(headline, @"number (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("published", reader.GetString(1), ignoreCase: true);
            var (stories, versions) = result.GetValueOrDefault(number);
            result[number] = (stories + 1, versions + reader.GetInt32(2));
        }
        return result;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
