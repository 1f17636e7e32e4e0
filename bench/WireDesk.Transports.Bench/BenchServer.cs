using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WireDesk.Ingest.Sources;

namespace WireDesk.Transports.Bench;

/// <summary><c>wiredesk serve</c> (the Release build beside this program) on a fresh SQLite data folder.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    public const string Key = "bench-key";

    private readonly Process _process;

    private BenchServer(Process process, string data, Uri url)
    {
        _process = process;
        DataDirectory = data;
        Url = url;
    }

    public string DataDirectory { get; }
    public Uri Url { get; }
    public string Database => Path.Combine(DataDirectory, "wiredesk.db");

    public static async Task<BenchServer> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("wiredesk-bench-").FullName;
        await SourcesFile.WriteAsync(Path.Combine(data, "sources.json"), new SourcesDocument
        {
            Sources =
            [
                new SourceDefinition { Name = "ani", Transport = "push", Agency = "ANI", ApiKeyEnv = "WIREDESK_BENCH_KEY" },
                new SourceDefinition { Name = "pti", Transport = "drop", Agency = "PTI" },
            ],
        }, CancellationToken.None);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        listener.Stop();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "wiredesk.dll"), "serve", "--data", data, "--urls", url.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["WIREDESK_BENCH_KEY"] = Key;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(url, "/health/sources"))).IsSuccessStatusCode) return new BenchServer(process, data, url);
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("wiredesk serve did not start");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
