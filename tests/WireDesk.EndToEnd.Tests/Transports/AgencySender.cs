using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace WireDesk.EndToEnd.Tests.Transports;

/// <summary>
/// An agency's sender as the crash test needs it: each item pushed with its own Idempotency-Key; a 202 is the only
/// acknowledgement. A push that times out, is cut off, or answers 5xx is unacknowledged and is sent again with the same
/// key, as a real sender retries; any other answer is a refusal and fails the test.
/// </summary>
public sealed class AgencySender(string apiKey, Func<int, string> copy) : IDisposable
{
    // Generous: on a machine running every test assembly at once a commit can wait seconds for the disk. A request
    // that still times out only means "unacknowledged", never a failure.
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _timeouts;
    private int _cutOff;
    private int _serverErrors;
    private int _replayed;

    /// <summary>The items answered 202, each with the round (1 before the kill, 2 after the restart) that got it.</summary>
    public ConcurrentDictionary<int, int> Acknowledged { get; } = new();

    public string Summary => $"{Acknowledged.Count} acknowledged; unacknowledged attempts: {_timeouts} timed out, {_cutOff} cut off, {_serverErrors} answered 5xx; {_replayed} answered as already received";

    /// <summary>Pushes every item until it is acknowledged, <paramref name="stop"/> says so, or the deadline passes.</summary>
    public Task PushAllAsync(Uri server, IEnumerable<int> items, int round, Func<bool> stop, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        return Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            while (!stop() && DateTime.UtcNow < until)
            {
                if (await TryPushAsync(server, i))
                {
                    Acknowledged.TryAdd(i, round);
                    return;
                }
                if (!stop()) await Task.Delay(100);
            }
        });
    }

    private async Task<bool> TryPushAsync(Uri server, int i)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/ingest/ani"))
        {
            Content = new StringContent(copy(i), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-WireDesk-Key", apiKey);
        request.Headers.Add("Idempotency-Key", $"crash-{i}");
        try
        {
            using var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                if (response.Headers.Contains("Idempotent-Replayed")) Interlocked.Increment(ref _replayed);
                return true;
            }
            if ((int)response.StatusCode >= 500)
            {
                Interlocked.Increment(ref _serverErrors);
                return false;
            }
            throw new InvalidOperationException($"item {i} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        catch (TaskCanceledException)
        {
            Interlocked.Increment(ref _timeouts);
            return false;
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _cutOff);
            return false;
        }
    }

    public void Dispose() => _http.Dispose();
}
