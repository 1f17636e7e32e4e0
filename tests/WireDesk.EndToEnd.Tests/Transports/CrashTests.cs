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
        using var sender = new AgencySender(Key, Copy);
        var output = TestContext.Current.TestOutputHelper;

        using var server = await ServerProcess.StartAsync(data, environment);
        var port = server.Url.Port;
        var killed = 0;
        var pushing = sender.PushAllAsync(server.Url, Enumerable.Range(0, Items), round: 1,
            stop: () => Volatile.Read(ref killed) == 1, deadline: TimeSpan.FromMinutes(5));
        while (sender.Acknowledged.Count < Items / 2 && !pushing.IsCompleted) await Task.Delay(5);
        Assert.False(pushing.IsCompleted, $"the pushes ended before half were acknowledged: {sender.Summary}");
        Volatile.Write(ref killed, 1);
        server.Kill();
        await pushing;
        var beforeKill = sender.Acknowledged.Count;
        output?.WriteLine($"before SIGKILL: {sender.Summary}");
        Assert.InRange(beforeKill, Items / 2, Items - 1);

        // The sender sends again whatever was not acknowledged, with the same Idempotency-Key: some of those were
        // committed before the kill (their 202 never arrived) and must not be published twice.
        using var restarted = await ServerProcess.StartAsync(data, environment, port);
        await sender.PushAllAsync(restarted.Url, Enumerable.Range(0, Items).Where(i => !sender.Acknowledged.ContainsKey(i)), round: 2,
            stop: () => false, deadline: TimeSpan.FromMinutes(4));
        output?.WriteLine($"after restart: {sender.Summary}");

        var published = await WaitForPublishedAsync(Path.Combine(data, "wiredesk.db"), output);
        restarted.Kill();

        var acknowledged = sender.Acknowledged;
        var lost = acknowledged.Keys.Where(i => !published.ContainsKey(i)).Order().ToList();
        Assert.True(lost.Count == 0, $"acknowledged but not published: {string.Join(", ", lost.Take(20))}");
        var twice = published.Where(p => p.Value.Stories != 1 || p.Value.Versions != 1).ToList();
        Assert.True(twice.Count == 0, $"published more than once: {string.Join(", ", twice.Take(20).Select(t =>
            $"{t.Key} ({(acknowledged.TryGetValue(t.Key, out var round) ? $"acknowledged in round {round}" : "never acknowledged")}, {t.Value.Stories} stories, {t.Value.Versions} versions)"))}");
        Assert.All(published.Keys, i => Assert.InRange(i, 0, Items - 1));
        // A retrying sender gets every item through once the server is back.
        Assert.True(acknowledged.Count == Items, $"never acknowledged despite retries: {Items - acknowledged.Count}; {sender.Summary}");
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Per item number (from the headline): how many stories and versions carry it, once the inbox is empty. Waits as
    /// long as the inbox keeps shrinking; fails when it stands still for a minute.
    /// </summary>
    private static async Task<Dictionary<int, (int Stories, int Versions)>> WaitForPublishedAsync(string database, ITestOutputHelper? output)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        const string Pending = "SELECT COUNT(*) FROM deliveries WHERE status <> 'done'";
        var pending = await ScalarAsync(connection, Pending);
        var lastProgress = DateTime.UtcNow;
        while (pending > 0 && DateTime.UtcNow - lastProgress < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
            var now = await ScalarAsync(connection, Pending);
            if (now < pending) lastProgress = DateTime.UtcNow;
            pending = now;
        }
        Assert.Equal(0, pending);
        output?.WriteLine(
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
