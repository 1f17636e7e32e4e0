using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WireDesk.EndToEnd.Tests.Transports;

/// <summary>The real <c>wiredesk serve</c> as a child process (dotnet wiredesk.dll from the test's output), killable with SIGKILL.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static TimeSpan StartTimeout { get; } = TimeSpan.FromSeconds(120);

    public static async Task<ServerProcess> StartAsync(string dataDirectory, IDictionary<string, string> environment, int? port = null)
    {
        var url = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "wiredesk.dll"), "serve", "--data", dataDirectory, "--urls", url.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[wiredesk] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, url);
        // A loaded machine (CI runs every test assembly at once) can take tens of seconds to start the process and
        // answer; each probe that times out is simply tried again until the deadline.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"wiredesk serve exited with {process.ExitCode}");
            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health/sources"));
                if (response.StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        server.Dispose();
        throw new TimeoutException($"wiredesk serve did not answer within {StartTimeout.TotalSeconds:0} s");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
